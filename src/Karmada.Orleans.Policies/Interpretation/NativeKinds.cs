namespace Karmada.Orleans.Policies;

/// <summary>
/// Which <see cref="NativeKind"/> an object is. Karmada registers its built-in handlers per exact
/// GroupVersionKind, so apps/v1beta1 Deployments or extensions/v1beta1 Ingresses are not native.
/// </summary>
public static class NativeKinds
{
    private static readonly Dictionary<(string ApiVersion, string Kind), NativeKind> Kinds = new()
    {
        [("apps/v1", "Deployment")] = NativeKind.Deployment,
        [("apps/v1", "StatefulSet")] = NativeKind.StatefulSet,
        [("apps/v1", "ReplicaSet")] = NativeKind.ReplicaSet,
        [("apps/v1", "DaemonSet")] = NativeKind.DaemonSet,
        [("batch/v1", "Job")] = NativeKind.Job,
        [("batch/v1", "CronJob")] = NativeKind.CronJob,
        [("v1", "Pod")] = NativeKind.Pod,
        [("v1", "Service")] = NativeKind.Service,
        [("v1", "ServiceAccount")] = NativeKind.ServiceAccount,
        [("v1", "ConfigMap")] = NativeKind.ConfigMap,
        [("v1", "Secret")] = NativeKind.Secret,
        [("v1", "PersistentVolumeClaim")] = NativeKind.PersistentVolumeClaim,
        [("v1", "PersistentVolume")] = NativeKind.PersistentVolume,
        [("networking.k8s.io/v1", "Ingress")] = NativeKind.Ingress,
        [("policy/v1", "PodDisruptionBudget")] = NativeKind.PodDisruptionBudget,
        [("autoscaling/v2", "HorizontalPodAutoscaler")] = NativeKind.HorizontalPodAutoscaler,
    };

    public static NativeKind Of(string? apiVersion, string? kind)
        => Kinds.TryGetValue((apiVersion ?? "", kind ?? ""), out var native) ? native : NativeKind.Unknown;

    public static NativeKind Of(JsonObject obj) => Of(JsonRead.ApiVersion(obj), JsonRead.Kind(obj));
}
