using System.Text.Json;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Grains.Clusters;

/// <summary>
/// Reads what Karmada's cluster status controller collects from a member: health, version, API
/// enablements, node summary, and resources allocatable (nodes) vs. allocated (scheduled pods'
/// requests) vs. allocating (pending pods' requests).
/// </summary>
public static class ClusterStatusCollector
{
    public static async Task<ProbeResult> ProbeAsync(KubernetesClusterClient member, CancellationToken cancellationToken)
    {
        foreach (var path in new[] { "/readyz", "/healthz" })
        {
            try
            {
                var body = await member.Rest.GetStringAsync(path, cancellationToken);
                return body.Trim() == "ok" ? ProbeResult.Healthy : ProbeResult.Unhealthy;
            }
            catch (Karmada.Orleans.Members.Errors.KubernetesApiException error) when (error.Status.Code == 404 && path == "/readyz")
            {
                // Old servers have no /readyz: fall back to /healthz.
            }
            catch (Karmada.Orleans.Members.Errors.KubernetesApiException error) when (error.Status.Code is 401 or 403)
            {
                return ProbeResult.Unreachable;
            }
            catch (Karmada.Orleans.Members.Errors.KubernetesApiException)
            {
                return ProbeResult.Unhealthy;
            }
        }

        return ProbeResult.Unhealthy;
    }

    public static async Task<IReadOnlyList<APIEnablement>> ApiEnablementsAsync(KubernetesClusterClient member, CancellationToken cancellationToken)
    {
        var resources = await member.Discovery.GetServerGroupsAndResourcesAsync(cancellationToken);
        return resources.Resources
            .Select(list => new APIEnablement
            {
                GroupVersion = list.GroupVersion,
                Resources = list.Resources.Where(r => !r.Name.Contains('/', StringComparison.Ordinal))
                    .OrderBy(r => r.Name, StringComparer.Ordinal)
                    .Select(r => new APIResource { Name = r.Name, Kind = r.Kind }).ToList(),
            })
            .OrderBy(e => e.GroupVersion, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<(NodeSummary Nodes, ResourceSummary Resources)> SummariesAsync(KubernetesClusterClient member, CancellationToken cancellationToken)
    {
        // Nodes and pods are read as documents, a few fields each: a member's pod list is large and is read every period.
        var nodes = await member.Resource(new GroupVersionResource("", "v1", "nodes")).ListAllAsync(NodeUsage.Of, null, 500, cancellationToken);
        var allocatable = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            Add(allocatable, node.Allocatable);
        }

        var pods = await member.Resource(new GroupVersionResource("", "v1", "pods")).ListAllAsync(PodUsage.Of, null, 500, cancellationToken);
        var allocated = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        var allocating = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var pod in pods.Where(p => p.Counted))
        {
            var target = pod.Scheduled ? allocated : allocating;
            Add(target, pod.Requests);
            target["pods"] = (target.TryGetValue("pods", out var count) ? count : Quantity.Zero) + new Quantity(1);
        }

        return (new NodeSummary { TotalNum = nodes.Count, ReadyNum = nodes.Count(n => n.Ready) },
            new ResourceSummary { Allocatable = allocatable, Allocated = allocated, Allocating = allocating.Count == 0 ? null : allocating });
    }

    private static void Add(Dictionary<string, Quantity> totals, List<(string Name, Quantity Value)> quantities)
    {
        foreach (var (name, quantity) in quantities)
        {
            totals[name] = totals.TryGetValue(name, out var sum) ? sum + quantity : quantity;
        }
    }

    /// <summary>The array at <paramref name="path"/>'s object items; none when it is missing.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement root, params string[] path) =>
        StoredJsonPath.TryGet(root, path, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    /// <summary>The resource quantities (a name → quantity map such as requests or allocatable) at <paramref name="path"/>; unparsable ones are left out.</summary>
    private static List<(string Name, Quantity Value)> Quantities(JsonElement root, params string[] path)
    {
        var result = new List<(string, Quantity)>();
        if (StoredJsonPath.TryGet(root, path, out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in map.EnumerateObject())
            {
                var text = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() : entry.Value.GetRawText();
                if (text is not null && Quantity.TryParse(text, out var quantity))
                {
                    result.Add((entry.Name, quantity));
                }
            }
        }

        return result;
    }

    /// <summary>What the summary needs of a node: whether it is Ready and what it can hold.</summary>
    private sealed record NodeUsage(bool Ready, List<(string Name, Quantity Value)> Allocatable)
    {
        public static NodeUsage Of(JsonElement node) => new(
            Items(node, "status", "conditions").Any(c => StoredJsonPath.String(c, "type") == "Ready" && StoredJsonPath.String(c, "status") == "True"),
            Quantities(node, "status", "allocatable"));
    }

    /// <summary>What the summary needs of a pod: whether it still holds resources, whether it is on a node, and its containers' requests.</summary>
    private sealed record PodUsage(bool Counted, bool Scheduled, List<(string Name, Quantity Value)> Requests)
    {
        public static PodUsage Of(JsonElement pod) => new(
            StoredJsonPath.String(pod, "status", "phase") is not ("Succeeded" or "Failed"),
            StoredJsonPath.String(pod, "spec", "nodeName") is { Length: > 0 },
            Items(pod, "spec", "containers").SelectMany(c => Quantities(c, "resources", "requests")).ToList());
    }
}
