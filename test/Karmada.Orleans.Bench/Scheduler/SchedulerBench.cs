using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Karmada.Orleans.Scheduling;

namespace Karmada.Orleans.Bench.Scheduler;

/// <summary>
/// bench scheduler [--json] [--seconds S] [--clusters 100,1000]: bindings scheduled per second by the
/// pure scheduler on one thread (pinned to one core where the OS allows), per strategy, with and
/// without spread constraints.
/// </summary>
public static class SchedulerBench
{
    public static int Run(string[] args)
    {
        var json = args.Contains("--json");
        var seconds = double.Parse(Option(args, "--seconds") ?? "2", CultureInfo.InvariantCulture);
        var clusterCounts = (Option(args, "--clusters") ?? "100,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var pinned = !args.Contains("--no-pin") && PinToOneCore();

        var results = new List<SchedulerBenchResult>();
        foreach (var clusterCount in clusterCounts)
        {
            var clusters = SchedulerWorkload.Clusters(clusterCount);
            foreach (var strategy in SchedulerWorkload.Strategies)
            {
                foreach (var spread in new[] { false, true })
                {
                    results.Add(Measure(clusters, strategy, spread, TimeSpan.FromSeconds(seconds)));
                    if (!json)
                    {
                        Console.Error.Write('.');
                    }
                }
            }
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { benchmark = "scheduler", pinnedToOneCore = pinned, results }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        }
        else
        {
            Console.Error.WriteLine();
            Console.WriteLine($"Karmada.Orleans scheduler, one thread{(pinned ? " pinned to one core" : "")}, {Environment.ProcessorCount} cores visible, .NET {Environment.Version}");
            Console.WriteLine($"{"clusters",8}  {"strategy",-13}  {"spread",-6}  {"bindings/s",10}  {"µs/binding",10}  {"ok",4}");
            foreach (var r in results)
            {
                Console.WriteLine($"{r.Clusters,8}  {r.Strategy,-13}  {(r.Spread ? "yes" : "no"),-6}  {r.BindingsPerSecond,10:N0}  {r.MicrosecondsPerBinding,10:N1}  {r.SuccessRate,4:P0}");
            }
        }

        return 0;
    }

    private static SchedulerBenchResult Measure(List<Karmada.Orleans.Apis.Cluster> clusters, string strategy, bool spread, TimeSpan duration)
    {
        var scheduler = new KarmadaScheduler();
        var bindings = SchedulerWorkload.Bindings(strategy, spread, 512);

        // Warm up until tiered JIT has settled (about half a second) before timing.
        var warmup = Stopwatch.StartNew();
        for (var i = 0; warmup.ElapsedMilliseconds < 500; i++)
        {
            scheduler.Schedule(bindings[i % bindings.Count], clusters);
        }

        long scheduled = 0;
        long succeeded = 0;
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < duration)
        {
            for (var i = 0; i < 16; i++)
            {
                var outcome = scheduler.Schedule(bindings[(int)(scheduled % bindings.Count)], clusters);
                scheduled++;
                if (outcome.Succeeded)
                {
                    succeeded++;
                }
            }
        }

        stopwatch.Stop();
        var perSecond = scheduled / stopwatch.Elapsed.TotalSeconds;
        return new SchedulerBenchResult(clusters.Count, strategy, spread, Math.Round(perSecond), Math.Round(1_000_000 / perSecond, 1), (double)succeeded / scheduled);
    }

    private static bool PinToOneCore()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            return false;
        }

        try
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or PlatformNotSupportedException or ExternalException)
        {
            return false;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
