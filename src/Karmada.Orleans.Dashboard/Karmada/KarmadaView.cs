namespace Karmada.Orleans.Dashboard.Karmada;

/// <summary>What the Karmada view shows (GET /dashboard/api/karmada).</summary>
public sealed record KarmadaView(
    DateTimeOffset At,
    IReadOnlyList<ClusterRow> Clusters,
    BindingSummary Bindings,
    IReadOnlyList<WorkRow> Works,
    IReadOnlyList<EventRow> Events,
    LatencySummary Distribution,
    LatencySummary Scheduling);

/// <summary>A member cluster as its Cluster object and its cluster grain see it. CPU in cores, memory in bytes.</summary>
public sealed record ClusterRow(
    string Name,
    string Ready,
    string? Reason,
    string? Message,
    string? Version,
    string SyncMode,
    int? NodesReady,
    int? NodesTotal,
    ResourceUse Cpu,
    ResourceUse Memory,
    ResourceUse Pods,
    IReadOnlyList<string> Taints,
    DateTimeOffset? LastProbe,
    double? ProbeMs,
    DateTimeOffset? ReadySince);

public sealed record ResourceUse(double? Allocatable, double? Allocated);

public sealed record BindingSummary(int Total, int Scheduled, int FullyApplied, IReadOnlyList<FailingBinding> Failing);

/// <summary>A binding that is not scheduled or not fully applied, with Karmada's own reason.</summary>
public sealed record FailingBinding(string Kind, string? Namespace, string Name, string Resource, string Condition, string Reason, string Message, IReadOnlyList<string> Clusters);

public sealed record WorkRow(string Cluster, int Total, int Applied, int Failed, int Pending);

public sealed record EventRow(DateTimeOffset? Time, string Type, string Reason, string Object, string Message, string Source, long Count);

/// <summary>Percentiles in milliseconds over everything since the silo started; null before the first sample.</summary>
public sealed record LatencySummary(long Count, double? P50Ms, double? P90Ms, double? P99Ms, long Errors = 0);
