using System.Diagnostics;
using Karmada.Orleans.Diagnostics.GrainCalls;
using Karmada.Orleans.Hosting;
using Karmada.Orleans.TestingHost;

namespace Karmada.Orleans.Bench.Runtime;

public interface IPingGrain : IGrainWithStringKey
{
    ValueTask<int> PingAsync(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public ValueTask<int> PingAsync(int value) => ValueTask.FromResult(value + 1);
}

/// <summary>
/// Grain runtime throughput: calls/s to active grains from many concurrent callers, new
/// activations/s, and managed memory per idle activation.
/// </summary>
public static class RuntimeBenchmark
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchArgs args)
    {
        var seconds = args.GetDouble("seconds", 5);
        var grains = args.GetInt("grains", 1000);
        var callers = args.GetInt("callers", 256);
        var activations = args.GetInt("activations", 200_000);
        var callMetrics = args.Has("call-metrics");
        var results = new List<BenchResult>();

        // --call-metrics: the same silo with the dashboard's grain call metrics filter, to show its cost.
        await using (var cluster = await InProcessTestCluster.StartAsync(silo =>
        {
            silo.AddGrain<PingGrain>();
            if (callMetrics)
            {
                silo.AddGrainCallMetrics();
            }
        }))
        {
            results.Add(await MeasureCallsAsync(cluster.GrainFactory, grains, callers, TimeSpan.FromSeconds(seconds), callMetrics));
        }

        await using (var cluster = await InProcessTestCluster.StartAsync(silo => silo.AddGrain<PingGrain>()))
        {
            results.Add(await MeasureActivationsAsync(cluster.GrainFactory, activations, callers));
        }

        await using (var cluster = await InProcessTestCluster.StartAsync(silo => silo.AddGrain<PingGrain>()))
        {
            results.Add(await MeasureMemoryAsync(cluster.GrainFactory, Math.Min(activations, 100_000)));
        }

        return results;
    }

    private static async Task<BenchResult> MeasureCallsAsync(IGrainFactory factory, int grainCount, int callers, TimeSpan duration, bool callMetrics)
    {
        var refs = Enumerable.Range(0, grainCount).Select(i => factory.GetGrain<IPingGrain>($"g{i}")).ToArray();
        await Task.WhenAll(refs.Select(g => g.PingAsync(0).AsTask()));

        var stop = false;
        long calls = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            long mine = 0;
            var i = c;
            while (!Volatile.Read(ref stop))
            {
                if (await refs[i % refs.Length].PingAsync(i) != i + 1)
                {
                    throw new InvalidOperationException("wrong answer");
                }

                i += callers;
                mine++;
            }

            Interlocked.Add(ref calls, mine);
        })).ToArray();
        await Task.Delay(duration);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);
        watch.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return new BenchResult("runtime", callMetrics ? "calls to active grains (call metrics on)" : "calls to active grains", calls / watch.Elapsed.TotalSeconds, "calls/s",
            $"{grainCount} grains, {callers} concurrent callers, {watch.Elapsed.TotalSeconds:F1} s, {cpuUsed.TotalSeconds / watch.Elapsed.TotalSeconds:F2} cores busy", 1_000_000);
    }

    private static async Task<BenchResult> MeasureActivationsAsync(IGrainFactory factory, int count, int callers)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await factory.GetGrain<IPingGrain>($"new{i}").PingAsync(i);
            }
        })));
        watch.Stop();
        return new BenchResult("runtime", "new activations", count / watch.Elapsed.TotalSeconds, "activations/s",
            $"{count} grains activated by {callers} concurrent callers in {watch.Elapsed.TotalSeconds:F2} s", 50_000);
    }

    private static async Task<BenchResult> MeasureMemoryAsync(IGrainFactory factory, int count)
    {
        var warm = factory.GetGrain<IPingGrain>("warm");
        await warm.PingAsync(0);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var batch = 0; batch < count; batch += 1000)
        {
            await Task.WhenAll(Enumerable.Range(batch, Math.Min(1000, count - batch)).Select(i => factory.GetGrain<IPingGrain>($"idle{i}").PingAsync(i).AsTask()));
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        var perActivation = (after - before) / (double)count;
        return new BenchResult("runtime", "memory per idle activation", perActivation, "bytes",
            $"{count} idle activations, managed heap delta after full GC", 2048, LowerIsBetter: true);
    }
}
