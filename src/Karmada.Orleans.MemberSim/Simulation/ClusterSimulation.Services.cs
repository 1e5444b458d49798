using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>What the service IP allocator and a cloud load balancer controller do for Services.</summary>
internal sealed partial class ClusterSimulation
{
    private int _serviceAddresses;
    private int _nodePorts;

    private async Task SyncServiceAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        if (_cache.Get(key) is not { } service || IsDeleting(service))
        {
            return;
        }

        var updated = service.DeepClone().AsObject();
        var spec = updated["spec"] as JsonObject ?? [];
        updated["spec"] = spec;
        var type = spec["type"]?.ToString() ?? "ClusterIP";
        var changed = false;
        if (type != "ExternalName" && spec["clusterIP"] is null)
        {
            var n = ++_serviceAddresses;
            var ip = $"10.96.{n / 250 % 250}.{(n % 250) + 2}";
            spec["clusterIP"] = ip;
            spec["clusterIPs"] = new JsonArray(ip);
            changed = true;
        }

        if (type is "NodePort" or "LoadBalancer")
        {
            foreach (var port in (spec["ports"] as JsonArray ?? []).OfType<JsonObject>().Where(p => p["nodePort"] is null))
            {
                port["nodePort"] = 30000 + (++_nodePorts % 2768);
                changed = true;
            }
        }

        if (type == "LoadBalancer" && (updated["status"]?["loadBalancer"]?["ingress"] as JsonArray ?? []).Count == 0)
        {
            var n = ++_serviceAddresses;
            updated["status"] = new JsonObject
            {
                ["loadBalancer"] = new JsonObject
                {
                    ["ingress"] = new JsonArray(new JsonObject { ["ip"] = $"172.{18 + (settings.ClusterIndex / 250 % 10)}.{settings.ClusterIndex % 250}.{(n % 250) + 2}", ["ipMode"] = "VIP" }),
                },
            };
            changed = true;
        }

        if (changed)
        {
            await UpdateAsync(key, updated, cancellationToken);
        }
    }
}
