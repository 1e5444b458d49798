using Karmada.Orleans.Diagnostics.GrainCalls;

namespace Karmada.Orleans.Dashboard.Runtime;

/// <summary>What the runtime view shows (GET /dashboard/api/runtime). Rates are per second over the last few seconds.</summary>
public sealed record RuntimeView(
    SiloSummary Silo,
    IReadOnlyList<GrainTypeRow> GrainTypes,
    IReadOnlyList<GrainMethodRow> Methods,
    IReadOnlyList<BusyGrain> BusiestGrains,
    IReadOnlyList<SlowCall> SlowestGrains,
    RuntimeSeries Series);

public sealed record SiloSummary(
    string Name,
    DateTimeOffset StartedAt,
    double UptimeSeconds,
    double CpuPercent,
    int Cores,
    long ResidentBytes,
    long GcHeapBytes,
    IReadOnlyList<int> GcCollections,
    int Threads,
    int Activations,
    double CallsPerSecond,
    double ExceptionsPerSecond,
    double? AverageMs,
    double? P99Ms,
    double ApiRequestsPerSecond,
    double? ApiP99Ms,
    double StoreChangesPerSecond,
    double WatchEventsPerSecond,
    long Watchers);

public sealed record GrainTypeRow(string Type, long Activations, double CallsPerSecond, double? AverageMs, double? P99Ms, double ExceptionsPerSecond, long TotalCalls, long TotalExceptions);

public sealed record GrainMethodRow(string Type, string Method, double CallsPerSecond, double? AverageMs, double? P99Ms, double ExceptionsPerSecond, long TotalCalls, long TotalExceptions);

/// <summary>One point per second, oldest first; null where there was nothing to measure.</summary>
public sealed record RuntimeSeries(
    IReadOnlyList<long> Times,
    IReadOnlyList<double> CallsPerSecond,
    IReadOnlyList<double?> P99Ms,
    IReadOnlyList<double> CpuPercent,
    IReadOnlyList<double> MemoryMb,
    IReadOnlyList<double> Activations,
    IReadOnlyList<double> ApiRequestsPerSecond,
    IReadOnlyList<double> StoreChangesPerSecond);
