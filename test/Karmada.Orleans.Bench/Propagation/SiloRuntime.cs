using System.Globalization;
using System.Text.RegularExpressions;
using Karmada.Orleans.Members;

namespace Karmada.Orleans.Bench.Propagation;

/// <summary>The silo's managed allocation, GC pause and JIT totals, read from its /metrics.</summary>
public readonly partial record struct SiloRuntime(double AllocatedBytes, double GcPauseSeconds, double Gen2Collections, double JitMethods, double JitSeconds)
{
    public static async Task<SiloRuntime> ReadAsync(KubernetesClusterClient karmada)
    {
        var text = await karmada.Rest.GetStringAsync("/metrics", CancellationToken.None);
        return new SiloRuntime(
            Value(text, "dotnet_gc_allocated_bytes_total"),
            Value(text, "dotnet_gc_pause_seconds_total"),
            Value(text, "dotnet_gc_collections_total{generation=\"gen2\"}"),
            Value(text, "dotnet_jit_compiled_methods_total"),
            Value(text, "dotnet_jit_compilation_seconds_total"));
    }

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
        var last = await ReadAsync(karmada);
        while (TimeProvider.System.GetElapsedTime(started) < limit)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = await ReadAsync(karmada);
            if (now.JitMethods - last.JitMethods < methodsPerSecond)
            {
                break;
            }

            last = now;
        }

        return TimeProvider.System.GetElapsedTime(started);
    }

    private static double Value(string text, string series)
    {
        foreach (Match match in SampleLine().Matches(text))
        {
            if (match.Groups["series"].Value == series)
            {
                return double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    [GeneratedRegex("""^(?<series>[a-z_0-9]+(\{[^}]*\})?) (?<value>[0-9.e+-]+)$""", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
