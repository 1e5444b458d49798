using Karmada.Orleans.ApiServer.Tables;

namespace Karmada.Orleans.ApiServer.Resources;

/// <summary>
/// The built-in Kubernetes kinds this API stores and serves. They are never executed here: a
/// Deployment creates no pods on the control plane, as in Karmada.
/// </summary>
public static class BuiltinResources
{
    private static readonly ScaleSubresource ReplicasScale = new(".spec.replicas", ".status.replicas", ".status.selector");

    public static IReadOnlyList<ResourceDefinition> All { get; } =
    [
        Core("Namespace", "namespaces", false, ["ns"], status: true, printer: BuiltinPrinters.Namespace),
        Core("ConfigMap", "configmaps", true, ["cm"], printer: BuiltinPrinters.ConfigMap),
        Core("Secret", "secrets", true, [], printer: BuiltinPrinters.Secret),
        Core("Service", "services", true, ["svc"], ["all"], status: true, printer: BuiltinPrinters.Service),
        Core("ServiceAccount", "serviceaccounts", true, ["sa"], printer: BuiltinPrinters.ServiceAccount),
        Core("Endpoints", "endpoints", true, ["ep"], printer: BuiltinPrinters.Endpoints),
        Core("Event", "events", true, ["ev"], printer: BuiltinPrinters.Event),
        Core("PersistentVolumeClaim", "persistentvolumeclaims", true, ["pvc"], status: true, printer: BuiltinPrinters.PersistentVolumeClaim),
        Core("Pod", "pods", true, ["po"], ["all"], status: true, printer: BuiltinPrinters.Pod),
        Core("Node", "nodes", false, ["no"], status: true, printer: BuiltinPrinters.Node),
        Grouped("apps", "v1", "Deployment", "deployments", true, ["deploy"], ["all"], status: true, scale: ReplicasScale, printer: BuiltinPrinters.Deployment),
        Grouped("apps", "v1", "StatefulSet", "statefulsets", true, ["sts"], ["all"], status: true, scale: ReplicasScale, printer: BuiltinPrinters.StatefulSet),
        Grouped("apps", "v1", "DaemonSet", "daemonsets", true, ["ds"], ["all"], status: true, printer: BuiltinPrinters.DaemonSet),
        Grouped("apps", "v1", "ReplicaSet", "replicasets", true, ["rs"], ["all"], status: true, scale: ReplicasScale, printer: BuiltinPrinters.ReplicaSet),
        Grouped("batch", "v1", "Job", "jobs", true, [], ["all"], status: true, printer: BuiltinPrinters.Job),
        Grouped("batch", "v1", "CronJob", "cronjobs", true, ["cj"], ["all"], status: true, printer: BuiltinPrinters.CronJob),
        Grouped("networking.k8s.io", "v1", "Ingress", "ingresses", true, ["ing"], status: true, printer: BuiltinPrinters.Ingress),
        Grouped("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true, ["hpa"], ["all"], status: true, printer: BuiltinPrinters.HorizontalPodAutoscaler),
        Grouped("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", true, ["pdb"], status: true, printer: BuiltinPrinters.PodDisruptionBudget),
        Grouped("coordination.k8s.io", "v1", "Lease", "leases", true, [], printer: BuiltinPrinters.Lease),
        Grouped("events.k8s.io", "v1", "Event", "events", true, ["ev"], printer: BuiltinPrinters.Default),
        Grouped("rbac.authorization.k8s.io", "v1", "Role", "roles", true, [], printer: BuiltinPrinters.CreatedAt),
        Grouped("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true, [], printer: BuiltinPrinters.RoleBinding),
        Grouped("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", false, [], printer: BuiltinPrinters.CreatedAt),
        Grouped("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", false, [], printer: BuiltinPrinters.RoleBinding),
        Grouped("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", false, ["crd", "crds"], ["api-extensions"], status: true, printer: BuiltinPrinters.CreatedAt),
    ];

    private static ResourceDefinition Core(string kind, string plural, bool namespaced, string[] shortNames, string[]? categories = null, bool status = false, ITablePrinter? printer = null) =>
        Grouped("", "v1", kind, plural, namespaced, shortNames, categories, status, null, printer);

    private static ResourceDefinition Grouped(string group, string version, string kind, string plural, bool namespaced, string[] shortNames, string[]? categories = null, bool status = false, ScaleSubresource? scale = null, ITablePrinter? printer = null) => new()
    {
        Group = group,
        Version = version,
        Kind = kind,
        Plural = plural,
        Namespaced = namespaced,
        ShortNames = shortNames,
        Categories = categories ?? [],
        HasStatus = status,
        Scale = scale,
        Printer = printer ?? BuiltinPrinters.Default,
    };
}
