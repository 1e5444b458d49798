namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>One slow grain call: which grain, which method, how long, when it ended.</summary>
public sealed record SlowCall(string Grain, string GrainType, string Method, double Seconds, DateTimeOffset At);
