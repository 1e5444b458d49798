namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>A grain and its estimated call rate over the last window.</summary>
public sealed record BusyGrain(string Grain, double CallsPerSecond);
