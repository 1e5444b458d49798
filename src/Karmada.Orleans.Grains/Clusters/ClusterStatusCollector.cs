using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;
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
        var nodes = await member.Resource(new GroupVersionResource("", "v1", "nodes")).ListAllAsync(null, 500, cancellationToken);
        var allocatable = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        var ready = 0;
        foreach (var node in nodes.Items)
        {
            if ((node["status"]?["conditions"] as JsonArray ?? []).OfType<JsonObject>().Any(c => c["type"]?.GetValue<string>() == "Ready" && c["status"]?.GetValue<string>() == "True"))
            {
                ready++;
            }

            Add(allocatable, node["status"]?["allocatable"] as JsonObject);
        }

        var pods = await member.Resource(new GroupVersionResource("", "v1", "pods")).ListAllAsync(null, 500, cancellationToken);
        var allocated = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        var allocating = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var pod in pods.Items)
        {
            var phase = pod["status"]?["phase"]?.GetValue<string>();
            if (phase is "Succeeded" or "Failed")
            {
                continue;
            }

            var target = pod["spec"]?["nodeName"]?.GetValue<string>() is { Length: > 0 } ? allocated : allocating;
            foreach (var container in (pod["spec"]?["containers"] as JsonArray ?? []).OfType<JsonObject>())
            {
                Add(target, container["resources"]?["requests"] as JsonObject);
            }

            target["pods"] = (target.TryGetValue("pods", out var count) ? count : Quantity.Zero) + new Quantity(1);
        }

        return (new NodeSummary { TotalNum = nodes.Items.Count, ReadyNum = ready },
            new ResourceSummary { Allocatable = allocatable, Allocated = allocated, Allocating = allocating.Count == 0 ? null : allocating });
    }

    private static void Add(Dictionary<string, Quantity> totals, JsonObject? quantities)
    {
        foreach (var (name, value) in quantities ?? [])
        {
            if (value is not null && Quantity.TryParse(value.ToString(), out var quantity))
            {
                totals[name] = totals.TryGetValue(name, out var sum) ? sum + quantity : quantity;
            }
        }
    }
}
