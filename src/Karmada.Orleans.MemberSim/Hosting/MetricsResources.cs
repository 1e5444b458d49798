using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.ApiServer.Tables;

namespace Karmada.Orleans.MemberSim.Hosting;

/// <summary>The metrics.k8s.io/v1beta1 kinds metrics-server serves (read-only to clients), for kubectl top and autoscalers.</summary>
public static class MetricsResources
{
    private static readonly string[] ReadVerbs = ["get", "list", "watch"];

    public static ResourceDefinition PodMetrics { get; } = new()
    {
        Group = "metrics.k8s.io",
        Version = "v1beta1",
        Kind = "PodMetrics",
        Plural = "pods",
        Namespaced = true,
        Verbs = ReadVerbs,
        Printer = BuiltinPrinters.Default,
    };

    public static ResourceDefinition NodeMetrics { get; } = new()
    {
        Group = "metrics.k8s.io",
        Version = "v1beta1",
        Kind = "NodeMetrics",
        Plural = "nodes",
        Namespaced = false,
        Verbs = ReadVerbs,
        Printer = BuiltinPrinters.Default,
    };
}
