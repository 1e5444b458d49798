namespace Karmada.Orleans.Policies;

/// <summary>The Kubernetes kinds Karmada's built-in ("native") interpreter knows, by exact group/version/kind.</summary>
public enum NativeKind
{
    Unknown = 0,
    Deployment,
    StatefulSet,
    ReplicaSet,
    DaemonSet,
    Job,
    CronJob,
    Pod,
    Service,
    ServiceAccount,
    ConfigMap,
    Secret,
    PersistentVolumeClaim,
    PersistentVolume,
    Ingress,
    PodDisruptionBudget,
    HorizontalPodAutoscaler,
}
