using Karmada.Orleans.Bench.Api;
using Karmada.Orleans.Bench.Runtime;
using Karmada.Orleans.Bench.Scheduler;
using Karmada.Orleans.Bench.Store;

namespace Karmada.Orleans.Bench;

/// <summary>bench &lt;verb&gt; [options]: one verb per benchmark area.</summary>
public static class Program
{
    private const string Usage = """
        usage: bench <verb> [options] [--json]
          runtime    grain calls/s, activations/s, memory per activation   [--seconds 5 --grains 1000 --callers 256 --activations 200000]
          store      object store creates/s and watch events/s              [--backend sqlite|postgres|both --writers 64 --objects 20000]
          api        the same CRUD/list/watch workload against API servers     [--kubeconfig K [--against K2] --concurrency 32 --objects 1000 --rounds 2] [--plot F.svg]
          propagation  template→member latency, all applied, RSS with simulated members  [--preset latency-10|latency-100|cold-5000 | --members M --deployments D --strategy duplicated|divided --clusters-per K --rate R --concurrency C] [--silo DLL] [--plot F.svg]
          scheduler  bindings scheduled/s by the pure scheduler (one core)  [--seconds 3 --clusters 100,1000 --json]
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "store-writer")
        {
            return await AckingWriter.RunAsync(new BenchArgs(args[1..]));
        }

        if (args[0] == "scheduler")
        {
            return SchedulerBench.Run(args[1..]);
        }

        var options = new BenchArgs(args.Skip(1).ToArray());
        IReadOnlyList<BenchResult> results = args[0] switch
        {
            "runtime" => await RuntimeBenchmark.RunAsync(options),
            "store" => await StoreBenchmark.RunAsync(options),
            "api" => await ApiBenchmark.RunAsync(options),
            "propagation" => await Propagation.PropagationBenchmark.RunAsync(options),
            _ => throw new ArgumentException($"unknown verb '{args[0]}'\n{Usage}"),
        };

        if (args[0] == "api" && options.Get("plot") is { } plot)
        {
            var verbs = results.Where(r => r.Name.StartsWith("A: ", StringComparison.Ordinal) && r.Unit == "ops/s" && !r.Name.Contains("list", StringComparison.Ordinal))
                .Select(r => r.Name[3..]).ToList();
            double Value(string label, string verb) => results.FirstOrDefault(r => r.Name == $"{label}: {verb}")?.Value ?? 0;
            var series = new List<(string, IReadOnlyList<double>)> { ("A: Karmada.Orleans", verbs.Select(v => Value("A", v)).ToList()) };
            if (results.Any(r => r.Name.StartsWith("B: ", StringComparison.Ordinal)))
            {
                series.Add(("B: kube-apiserver + etcd", verbs.Select(v => Value("B", v)).ToList()));
            }

            File.WriteAllText(plot, SvgChart.Bars("bench api: throughput per verb (C=32, 1,000 objects)", "ops/s", verbs, series));
        }

        if (options.Has("json"))
        {
            BenchResult.PrintJson(results);
        }
        else
        {
            BenchResult.PrintTable(results);
        }

        return 0;
    }
}
