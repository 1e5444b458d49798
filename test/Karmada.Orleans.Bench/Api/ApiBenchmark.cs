using System.Globalization;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Configuration;

namespace Karmada.Orleans.Bench.Api;

/// <summary>
/// bench api --kubeconfig K [--against K2] [--concurrency 32] [--objects 1000] [--rounds 2]: the same
/// workload against one or two API servers; with two, rounds alternate between them (these machines
/// are noisy) and the ratio per verb is reported (>1 means the first server is faster).
/// </summary>
public static class ApiBenchmark
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchArgs args)
    {
        var first = args.Get("kubeconfig") ?? throw new ArgumentException("--kubeconfig is required");
        var second = args.Get("against");
        var concurrency = args.GetInt("concurrency", 32);
        var objects = args.GetInt("objects", 1000);
        var rounds = args.GetInt("rounds", second is null ? 1 : 2);
        var targets = second is null ? new[] { ("A", first) } : [("A", first), ("B", second)];
        var runs = targets.ToDictionary(t => t.Item1, _ => new List<(LatencyRecorder Recorder, ApiWorkload Workload)>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (label, kubeconfig) in round % 2 == 0 ? targets : targets.Reverse())
            {
                using var client = new KubernetesClusterClient(KubeConfigLoader.LoadFile(kubeconfig).ToRestConfig() with { Qps = 1_000_000, Burst = 1_000_000, MaxRetries = 0 });
                var workload = new ApiWorkload(client, concurrency, objects, $"bench-{round}-{Guid.NewGuid():n}"[..20]);
                Console.Error.WriteLine($"round {round + 1}/{rounds}: {label} ({Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(kubeconfig)))}) ...");
                runs[label].Add((await workload.RunAsync(), workload));
            }
        }

        var results = new List<BenchResult>();
        var verbs = runs["A"][0].Recorder.Verbs.ToList();
        foreach (var verb in verbs)
        {
            var best = runs.ToDictionary(kv => kv.Key, kv => kv.Value.Select(r => r.Recorder.Summary(verb)).OrderByDescending(s => s.PerSecond).First());
            foreach (var (label, summary) in best)
            {
                var goal = label == "A" && verb.StartsWith("create", StringComparison.Ordinal) || verb == "update" ? 20.0 : (double?)null;
                results.Add(new BenchResult("api", $"{label}: {verb}", summary.PerSecond, "ops/s",
                    $"p50 {summary.P50:F1} ms, p90 {summary.P90:F1} ms, p99 {summary.P99:F1} ms ({summary.Count} ops, C={concurrency})"));
                if (label == "A" && goal is not null)
                {
                    results.Add(new BenchResult("api", $"A: {verb} p99", summary.P99, "ms", $"single-object write at C={concurrency}", goal, LowerIsBetter: true));
                }
            }

            if (best.Count == 2)
            {
                results.Add(new BenchResult("api", $"ratio A/B: {verb}", best["A"].PerSecond / Math.Max(best["B"].PerSecond, 1e-9), "x", "throughput of A over B, best round each", 1.0));
            }
        }

        foreach (var (label, list) in runs)
        {
            var (_, workload) = list[^1];
            results.Add(new BenchResult("api", $"{label}: watch events delivered", workload.WatchEvents, "events", $"expected {workload.WatchExpected} (configmap create/update/delete)", workload.WatchExpected));
        }

        return results;
    }

    public static string Format(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
