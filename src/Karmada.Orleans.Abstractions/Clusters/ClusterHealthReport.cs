namespace Karmada.Orleans.Abstractions.Clusters;

/// <summary>What the control plane last saw of a member cluster.</summary>
public sealed record ClusterHealthReport(
    string Name,
    string Ready,
    string Reason,
    string Message,
    string? KubernetesVersion,
    DateTimeOffset? LastProbeTime,
    TimeSpan? LastProbeDuration,
    int ConsecutiveFailures);
