namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>Storage resource names of the kinds the simulation acts on, and the annotations it reads.</summary>
public static class SimulatedResources
{
    public const string Pods = "pods";
    public const string Nodes = "nodes";
    public const string Services = "services";
    public const string Deployments = "deployments.apps";
    public const string ReplicaSets = "replicasets.apps";
    public const string StatefulSets = "statefulsets.apps";
    public const string DaemonSets = "daemonsets.apps";
    public const string Jobs = "jobs.batch";
    public const string PodMetrics = "pods.metrics.k8s.io";
    public const string NodeMetrics = "nodes.metrics.k8s.io";

    /// <summary>CPU each pod of a workload uses in the metrics API (on the workload, its pod template or the pod), e.g. "250m".</summary>
    public const string CpuLoadAnnotation = "membersim.karmada.io/cpu-load";

    public static readonly IReadOnlySet<string> Watched = new HashSet<string>(StringComparer.Ordinal)
    {
        Pods, Nodes, Services, Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs,
    };

    public static string? ForOwnerKind(string? kind) => kind switch
    {
        "Deployment" => Deployments,
        "ReplicaSet" => ReplicaSets,
        "StatefulSet" => StatefulSets,
        "DaemonSet" => DaemonSets,
        "Job" => Jobs,
        _ => null,
    };
}
