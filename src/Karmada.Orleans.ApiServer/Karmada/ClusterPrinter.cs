using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Tables;

namespace Karmada.Orleans.ApiServer.Karmada;

/// <summary>The server-side table Karmada's aggregated API prints for Clusters.</summary>
public static class ClusterPrinter
{
    private static TableColumn S(string name, string description, int priority = 0) => new(name, "string", description, priority);

    public static ITablePrinter Instance { get; } = new DelegatePrinter(
        [
            ColumnPrinter.NameColumn,
            S("Version", "KubernetesVersion represents version of the member cluster."),
            S("Mode", "SyncMode describes how a cluster sync resources from karmada control plane."),
            S("Ready", "The aggregate readiness state of this cluster for accepting workloads."),
            S("Age", "CreationTimestamp is a timestamp representing the server time when this object was created."),
            S("Zones", "Zones represents the failure zones of the member cluster.", 1),
            S("Region", "Region represents the region of the member cluster.", 1),
            S("Provider", "Provider represents the cloud provider name of the member cluster.", 1),
            S("API-Endpoint", "The API endpoint of the member cluster.", 1),
            S("Proxy-URL", "ProxyURL is the proxy URL for the cluster.", 1),
        ],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var ready = o.Array("status", "conditions").OfType<JsonObject>().FirstOrDefault(c => c["type"]?.GetValue<string>() == "Ready")?["status"]?.GetValue<string>() ?? "Unknown";
            var zones = o.Array("spec", "zones").Select(JsonNodeAccessor.Scalar).ToList();
            if (zones.Count == 0 && o.String("spec", "zone") is { Length: > 0 } zone)
            {
                zones.Add(zone);
            }

            return [o.String("metadata", "name"), o.String("status", "kubernetesVersion") ?? "", o.String("spec", "syncMode") ?? "", ready, HumanDuration.Age(o, now),
                string.Join(",", zones), o.String("spec", "region") ?? "", o.String("spec", "provider") ?? "", o.String("spec", "apiEndpoint") ?? "", o.String("spec", "proxyURL") ?? ""];
        });
}
