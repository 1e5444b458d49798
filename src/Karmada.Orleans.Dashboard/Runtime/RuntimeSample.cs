using Karmada.Orleans.Diagnostics.GrainCalls;
using Karmada.Orleans.Diagnostics.Metrics;
using Karmada.Orleans.Diagnostics.Process;

namespace Karmada.Orleans.Dashboard.Runtime;

/// <summary>The cumulative counters of the silo at one tick; views are differences between samples.</summary>
internal sealed record RuntimeSample(
    ProcessSnapshot Process,
    IReadOnlyDictionary<(string Type, string Method), GrainMethodSnapshot> Methods,
    IReadOnlyDictionary<string, long> Activations,
    int TotalActivations,
    double ApiRequests,
    HistogramSnapshot? ApiLatency,
    double StoreChanges,
    double WatchEvents,
    double Watchers);
