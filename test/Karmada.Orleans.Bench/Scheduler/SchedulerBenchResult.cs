namespace Karmada.Orleans.Bench.Scheduler;

/// <summary>One row of the scheduler benchmark.</summary>
public sealed record SchedulerBenchResult(int Clusters, string Strategy, bool Spread, double BindingsPerSecond, double MicrosecondsPerBinding, double SuccessRate);
