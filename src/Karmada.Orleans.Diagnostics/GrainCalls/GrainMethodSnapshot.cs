using Karmada.Orleans.Diagnostics.Metrics;

namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>The totals of one grain method at one moment (cumulative since the silo started).</summary>
public sealed record GrainMethodSnapshot(string GrainType, string Method, long Calls, long Exceptions, HistogramSnapshot Latency)
{
    /// <summary>What happened between <paramref name="earlier"/> and this snapshot.</summary>
    public GrainMethodSnapshot Minus(GrainMethodSnapshot? earlier) => earlier is null
        ? this
        : this with { Calls = Math.Max(0, Calls - earlier.Calls), Exceptions = Math.Max(0, Exceptions - earlier.Exceptions), Latency = Latency.Minus(earlier.Latency) };

    public GrainMethodSnapshot Plus(GrainMethodSnapshot other) =>
        this with { Calls = Calls + other.Calls, Exceptions = Exceptions + other.Exceptions, Latency = Latency.Plus(other.Latency) };
}
