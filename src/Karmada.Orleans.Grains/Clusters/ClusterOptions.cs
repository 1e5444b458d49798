namespace Karmada.Orleans.Grains.Clusters;

/// <summary>Karmada's cluster controller settings (flags of karmada-controller-manager, same defaults).</summary>
public sealed class ClusterOptions
{
    /// <summary>--cluster-status-update-frequency: how often each member is probed and its status collected.</summary>
    public TimeSpan StatusUpdateFrequency { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>--cluster-success-threshold: healthy this long before a NotReady cluster turns Ready.</summary>
    public TimeSpan SuccessThreshold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>--cluster-failure-threshold: unhealthy this long before a Ready cluster turns NotReady.</summary>
    public TimeSpan FailureThreshold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one probe may take before it counts as unreachable.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
