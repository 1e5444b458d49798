namespace Karmada.Orleans;

/// <summary>When a reminder was first due, its period, and the time of this tick.</summary>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);
