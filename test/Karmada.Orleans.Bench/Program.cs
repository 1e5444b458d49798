namespace Karmada.Orleans.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: bench <runtime|store|scheduler> [options]");
        return args.Length == 0 ? 2 : 0;
    }
}
