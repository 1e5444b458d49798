using Karmada.Orleans.Members;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Bench.Propagation;

/// <summary>The silo's managed allocation, GC pause and JIT totals, read from its /metrics.</summary>
public readonly record struct SiloRuntime(double AllocatedBytes, double GcPauseSeconds, double Gen2Collections, double JitMethods, double JitSeconds)
{
    public static SiloRuntime From(PrometheusText.Scrape metrics) => new(
        metrics.Sum("dotnet_gc_allocated_bytes_total"),
        metrics.Sum("dotnet_gc_pause_seconds_total"),
        metrics.Sum("dotnet_gc_collections_total", ("generation", "gen2")),
        metrics.Sum("dotnet_jit_compiled_methods_total"),
        metrics.Sum("dotnet_jit_compilation_seconds_total"));

    public static SiloRuntime operator -(SiloRuntime after, SiloRuntime before) => new(
        after.AllocatedBytes - before.AllocatedBytes,
        after.GcPauseSeconds - before.GcPauseSeconds,
        after.Gen2Collections - before.Gen2Collections,
        after.JitMethods - before.JitMethods,
        after.JitSeconds - before.JitSeconds);

    /// <summary>
    /// Waits until the silo's JIT has gone quiet (fewer than <paramref name="methodsPerSecond"/> methods
    /// compiled in a second), at most <paramref name="limit"/>: tiered compilation promotes hot methods
    /// in the background, some seconds after they first ran.
    /// </summary>
    public static async Task<TimeSpan> WaitForJitToSettleAsync(KubernetesClusterClient karmada, double methodsPerSecond, TimeSpan limit)
    {
        var started = TimeProvider.System.GetTimestamp();
        var last = From(await SiloMetrics.ScrapeAsync(karmada));
        while (TimeProvider.System.GetElapsedTime(started) < limit)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = From(await SiloMetrics.ScrapeAsync(karmada));
            if (now.JitMethods - last.JitMethods < methodsPerSecond)
            {
                break;
            }

            last = now;
        }

        return TimeProvider.System.GetElapsedTime(started);
    }
}
