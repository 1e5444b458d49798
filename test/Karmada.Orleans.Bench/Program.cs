using Karmada.Orleans.Bench.Scheduler;

namespace Karmada.Orleans.Bench;

/// <summary>bench &lt;verb&gt; [options]: one verb per benchmark area.</summary>
public static class Program
{
    private static readonly Dictionary<string, Func<string[], int>> Verbs = new(StringComparer.Ordinal)
    {
        ["scheduler"] = SchedulerBench.Run,
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Verbs.TryGetValue(args[0], out var verb))
        {
            Console.Error.WriteLine($"usage: bench <{string.Join("|", Verbs.Keys.Append("runtime").Append("store").Distinct())}> [options]");
            return 2;
        }

        return verb(args[1..]);
    }
}
