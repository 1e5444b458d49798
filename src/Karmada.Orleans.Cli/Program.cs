using System.CommandLine;
using Karmada.Orleans.Cli.Clusters;
using Karmada.Orleans.Cli.Preview;

namespace Karmada.Orleans.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs karmadactl with the given standard output and error (tests call this in-process).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("karmadactl controls a Karmada.Orleans control plane.");
        root.Subcommands.Add(PreviewCommand.Create());
        var controlPlane = new ControlPlaneOptions();
        root.Options.Add(controlPlane.Kubeconfig);
        root.Options.Add(controlPlane.Context);
        foreach (var command in ClusterCommands.Create(controlPlane))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(GetCommand.Create(controlPlane));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
