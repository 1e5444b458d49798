using Karmada.Orleans.Diagnostics.GrainCalls;
using Karmada.Orleans.Diagnostics.Metrics;

namespace Karmada.Orleans.Dashboard.Runtime;

/// <summary>Turns two samples (now and a few seconds ago) into the runtime view's rates and percentiles.</summary>
internal static class RuntimeViewBuilder
{
    public static RuntimeView Build(RuntimeSample now, RuntimeSample? earlier, GrainCallMetrics calls, IReadOnlyList<SeriesPoint> series)
    {
        var seconds = earlier is null ? 0 : (now.Process.At - earlier.Process.At).TotalSeconds;
        double Rate(double delta) => seconds <= 0 ? 0 : Math.Max(0, delta) / seconds;

        var windows = now.Methods.Values.Select(m => (Total: m, Window: m.Minus(earlier?.Methods.GetValueOrDefault((m.GrainType, m.Method))))).ToList();
        var methods = windows
            .Select(w => new GrainMethodRow(w.Total.GrainType, w.Total.Method, Rate(w.Window.Calls), Ms(w.Window.Latency.Mean), Ms(w.Window.Latency.Quantile(0.99)), Rate(w.Window.Exceptions), w.Total.Calls, w.Total.Exceptions))
            .OrderByDescending(m => m.CallsPerSecond).ThenByDescending(m => m.TotalCalls).ThenBy(m => m.Type, StringComparer.Ordinal).ThenBy(m => m.Method, StringComparer.Ordinal)
            .ToList();
        var types = now.Activations.Keys.Union(windows.Select(w => w.Total.GrainType), StringComparer.Ordinal)
            .Select(type =>
            {
                var ofType = windows.Where(w => w.Total.GrainType == type).ToList();
                var window = Total(ofType.Select(w => w.Window));
                var total = Total(ofType.Select(w => w.Total));
                return new GrainTypeRow(type, now.Activations.GetValueOrDefault(type), Rate(window.Calls), Ms(window.Latency.Mean), Ms(window.Latency.Quantile(0.99)), Rate(window.Exceptions), total.Calls, total.Exceptions);
            })
            .OrderByDescending(t => t.Activations).ThenByDescending(t => t.CallsPerSecond).ThenBy(t => t.Type, StringComparer.Ordinal)
            .ToList();

        var all = Total(windows.Select(w => w.Window));
        var apiLatency = now.ApiLatency is { } latency && earlier?.ApiLatency is { } before ? latency.Minus(before) : now.ApiLatency;
        var silo = new SiloSummary(
            Environment.MachineName,
            now.Process.StartedAt,
            (now.Process.At - now.Process.StartedAt).TotalSeconds,
            earlier is null ? 0 : now.Process.CpuPercentSince(earlier.Process),
            now.Process.ProcessorCount,
            now.Process.ResidentBytes,
            now.Process.GcHeapBytes,
            now.Process.GcCollections,
            now.Process.Threads,
            now.TotalActivations,
            Rate(all.Calls),
            Rate(all.Exceptions),
            Ms(all.Latency.Mean),
            Ms(all.Latency.Quantile(0.99)),
            Rate(now.ApiRequests - (earlier?.ApiRequests ?? now.ApiRequests)),
            Ms(apiLatency?.Quantile(0.99) ?? double.NaN),
            Rate(now.StoreChanges - (earlier?.StoreChanges ?? now.StoreChanges)),
            Rate(now.WatchEvents - (earlier?.WatchEvents ?? now.WatchEvents)),
            (long)now.Watchers);

        var runtimeSeries = new RuntimeSeries(
            series.Select(p => p.Time).ToList(),
            series.Select(p => Round(p.CallsPerSecond)).ToList(),
            series.Select(p => p.P99Ms).ToList(),
            series.Select(p => Round(p.CpuPercent)).ToList(),
            series.Select(p => Round(p.MemoryMb)).ToList(),
            series.Select(p => p.Activations).ToList(),
            series.Select(p => Round(p.ApiRequestsPerSecond)).ToList(),
            series.Select(p => Round(p.StoreChangesPerSecond)).ToList());
        return new RuntimeView(silo, types, methods, calls.Busiest.Top, calls.Slowest.Top(), runtimeSeries);
    }

    /// <summary>Several methods' snapshots as one.</summary>
    public static GrainMethodSnapshot Total(IEnumerable<GrainMethodSnapshot> snapshots) =>
        snapshots.Aggregate(new GrainMethodSnapshot("", "", 0, 0, HistogramSnapshot.Empty(HistogramBounds.GrainCall)), (sum, s) => sum.Plus(s));

    /// <summary>Seconds to milliseconds for JSON; NaN (nothing measured) becomes null.</summary>
    public static double? Ms(double seconds) => double.IsFinite(seconds) ? Math.Round(seconds * 1000, 3) : null;

    private static double Round(double value) => Math.Round(value, 2);
}
