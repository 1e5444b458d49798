namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>How one simulated cluster behaves.</summary>
public sealed record SimulationSettings
{
    /// <summary>Time from a pod being scheduled to it running Ready (or, for a Job's pod, Succeeded).</summary>
    public TimeSpan ReadyDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>CPU a running pod uses unless its workload or pod carries the cpu-load annotation.</summary>
    public string DefaultCpuLoad { get; init; } = "50m";

    /// <summary>Memory a running pod's container uses when it requests none.</summary>
    public string DefaultMemoryUsage { get; init; } = "64Mi";

    /// <summary>See <see cref="SimulatorOptions.ApiQuietPeriod"/>.</summary>
    public TimeSpan ApiQuietPeriod { get; init; }

    /// <summary>See <see cref="SimulatorOptions.MaxControllerWait"/>.</summary>
    public TimeSpan MaxControllerWait { get; init; }

    /// <summary>Distinguishes this cluster's pod, service and load balancer addresses from other members'.</summary>
    public int ClusterIndex { get; init; }
}
