using System.CommandLine;

namespace Karmada.Orleans.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("karmadactl controls a Karmada.Orleans control plane.");
        return root.Parse(args).Invoke();
    }
}
