using Karmada.Orleans.Apis;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Dashboard.Karmada;

/// <summary>Cluster objects as dashboard rows (and the source of the cluster_* metrics).</summary>
public static class ClusterRows
{
    public const string Clusters = "clusters.cluster.karmada.io";

    public static async Task<IReadOnlyList<(Cluster Cluster, ClusterRow Row)>> ListAsync(IObjectStore store, CancellationToken cancellationToken)
    {
        var list = await store.ListAsync(Clusters, new ListOptions(), cancellationToken);
        var rows = new List<(Cluster, ClusterRow)>();
        foreach (var item in list.Items)
        {
            Cluster cluster;
            try
            {
                cluster = KarmadaJson.Deserialize<Cluster>(item.ToJsonObject());
            }
            catch (System.Text.Json.JsonException)
            {
                continue;
            }

            rows.Add((cluster, From(cluster)));
        }

        return rows.OrderBy(r => r.Item2.Name, StringComparer.Ordinal).ToList();
    }

    public static ClusterRow From(Cluster cluster)
    {
        var status = cluster.Status;
        var ready = Conditions.Find(status?.Conditions, ClusterConditions.Ready);
        var resources = status?.ResourceSummary;
        return new ClusterRow(
            cluster.Metadata.Name ?? "",
            ready?.Status ?? ConditionStatus.Unknown,
            ready?.Reason,
            ready?.Message,
            status?.KubernetesVersion,
            cluster.Spec.SyncMode,
            status?.NodeSummary?.ReadyNum,
            status?.NodeSummary?.TotalNum,
            Use(resources, "cpu"),
            Use(resources, "memory"),
            Use(resources, "pods"),
            (cluster.Spec.Taints ?? []).Select(t => $"{t.Key}{(string.IsNullOrEmpty(t.Value) ? "" : "=" + t.Value)}:{t.Effect}").ToList(),
            null,
            null,
            ready?.LastTransitionTime);
    }

    private static ResourceUse Use(ResourceSummary? summary, string resource) => new(
        summary?.Allocatable is { } allocatable && allocatable.TryGetValue(resource, out var a) ? (double)a.Value : null,
        summary?.Allocated is { } allocated && allocated.TryGetValue(resource, out var b) ? (double)b.Value : summary?.Allocatable is null ? null : 0);
}
