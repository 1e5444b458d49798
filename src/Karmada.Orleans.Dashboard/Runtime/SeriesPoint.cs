namespace Karmada.Orleans.Dashboard.Runtime;

/// <summary>One second of the runtime's time series.</summary>
internal sealed record SeriesPoint(long Time, double CallsPerSecond, double? P99Ms, double CpuPercent, double MemoryMb, double Activations, double ApiRequestsPerSecond, double StoreChangesPerSecond)
{
    public static SeriesPoint Between(RuntimeSample earlier, RuntimeSample later)
    {
        var seconds = Math.Max(0.001, (later.Process.At - earlier.Process.At).TotalSeconds);
        var window = RuntimeViewBuilder.Total(later.Methods.Values.Select(m => m.Minus(earlier.Methods.GetValueOrDefault((m.GrainType, m.Method)))));
        return new SeriesPoint(
            later.Process.At.ToUnixTimeMilliseconds(),
            window.Calls / seconds,
            RuntimeViewBuilder.Ms(window.Latency.Quantile(0.99)),
            later.Process.CpuPercentSince(earlier.Process),
            later.Process.ResidentBytes / 1048576.0,
            later.TotalActivations,
            Math.Max(0, later.ApiRequests - earlier.ApiRequests) / seconds,
            Math.Max(0, later.StoreChanges - earlier.StoreChanges) / seconds);
    }
}
