using System.Globalization;
using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;
using static Karmada.Orleans.MemberSim.Simulation.SimulatedResources;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>
/// metrics.k8s.io: a PodMetrics per running pod (its CPU from the cpu-load annotation of the pod or
/// its workload, else the default) and a NodeMetrics per node (the sum of its pods plus the
/// system's share). Written when pods start or their load changes, not on a clock.
/// </summary>
internal sealed partial class ClusterSimulation
{
    private const long SystemCpuMilli = 100;
    private const long SystemMemoryBytes = 512L * 1024 * 1024;
    private readonly HashSet<string> _dirtyNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<ResourceKey, (long CpuMilli, long MemoryBytes, string Node)> _usage = [];
    /// <summary>The sum of <see cref="_usage"/> per node, kept as pods change rather than recounted.</summary>
    private readonly Dictionary<string, (long CpuMilli, long MemoryBytes)> _nodeUsage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long CpuMilli, long MemoryBytes)> _nodeUsageWritten = new(StringComparer.Ordinal);

    private async Task UpsertPodMetricsAsync(ResourceKey podKey, JsonObject pod, CancellationToken cancellationToken)
    {
        var containers = (pod["spec"]?["containers"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var cpu = CpuLoad(pod);
        var memoryPerContainer = containers.Select(PodRequest.MemoryOf)
            .Select(m => m > 0 ? m / 2 : PodRequest.ParseBytes(settings.DefaultMemoryUsage))
            .ToList();
        var node = pod["spec"]?["nodeName"]?.ToString() ?? "";
        var total = (cpu, memoryPerContainer.Sum(), node);
        if (_usage.TryGetValue(podKey, out var existing) && existing == total)
        {
            return;
        }

        SetUsage(podKey, total);
        var now = Now();
        var perContainer = containers.Count == 0 ? 0 : cpu / containers.Count;
        var metrics = new JsonObject
        {
            ["apiVersion"] = "metrics.k8s.io/v1beta1",
            ["kind"] = "PodMetrics",
            ["metadata"] = new JsonObject
            {
                ["name"] = podKey.Name,
                ["namespace"] = podKey.Namespace,
                ["labels"] = pod["metadata"]?["labels"]?.DeepClone(),
            },
            ["timestamp"] = now,
            ["window"] = "30s",
            ["containers"] = new JsonArray(containers.Select((c, i) => (JsonNode?)new JsonObject
            {
                ["name"] = c["name"]?.ToString(),
                ["usage"] = new JsonObject
                {
                    ["cpu"] = $"{perContainer * 1_000_000}n",
                    ["memory"] = $"{memoryPerContainer[i] / 1024}Ki",
                },
            }).ToArray()),
        };
        await PutAsync(new ResourceKey(PodMetrics, podKey.Namespace, podKey.Name), metrics, cancellationToken);
    }

    /// <summary>The pod's annotation, else its owner chain's (ReplicaSet, then Deployment), else the default.</summary>
    private long CpuLoad(JsonObject pod)
    {
        var current = pod;
        for (var depth = 0; depth < 3 && current is not null; depth++)
        {
            if (current["metadata"]?["annotations"]?[CpuLoadAnnotation]?.ToString() is { } load)
            {
                return PodRequest.ParseCpuMilli(load);
            }

            var owner = ControllerOf(current);
            var resource = ForOwnerKind(owner?["kind"]?.ToString());
            current = resource is null ? null : _cache.Get(new ResourceKey(resource, current["metadata"]?["namespace"]?.ToString() ?? "", owner!["name"]?.ToString() ?? ""));
        }

        return PodRequest.ParseCpuMilli(settings.DefaultCpuLoad);
    }

    /// <summary>A workload's cpu-load annotation may have changed: its running pods' metrics follow.</summary>
    private async Task RefreshPodMetricsAsync(JsonObject owner, CancellationToken cancellationToken)
    {
        foreach (var (key, pod) in LivePods(owner).Where(kv => kv.Value["status"]?["phase"]?.ToString() == "Running").ToList())
        {
            await UpsertPodMetricsAsync(key, pod, cancellationToken);
        }
    }

    /// <summary>Records (or, with null, forgets) a pod's usage, keeping its node's total current.</summary>
    private void SetUsage(ResourceKey podKey, (long CpuMilli, long MemoryBytes, string Node)? usage)
    {
        if (_usage.Remove(podKey, out var old))
        {
            var total = _nodeUsage.GetValueOrDefault(old.Node);
            _nodeUsage[old.Node] = (total.CpuMilli - old.CpuMilli, total.MemoryBytes - old.MemoryBytes);
            _dirtyNodes.Add(old.Node);
        }

        if (usage is { } current)
        {
            _usage[podKey] = current;
            var total = _nodeUsage.GetValueOrDefault(current.Node);
            _nodeUsage[current.Node] = (total.CpuMilli + current.CpuMilli, total.MemoryBytes + current.MemoryBytes);
            _dirtyNodes.Add(current.Node);
        }
    }

    private void FlushNodeMetrics()
    {
        if (_dirtyNodes.Count == 0)
        {
            return;
        }

        foreach (var node in _dirtyNodes.Where(n => n.Length > 0 && _cache.Get(new ResourceKey(SimulatedResources.Nodes, "", n)) is not null))
        {
            var (cpu, memory) = _nodeUsage.GetValueOrDefault(node);
            var usage = (cpu + SystemCpuMilli, memory + SystemMemoryBytes);
            if (_nodeUsageWritten.TryGetValue(node, out var written) && written == usage)
            {
                continue;
            }

            _nodeUsageWritten[node] = usage;
            var metrics = new JsonObject
            {
                ["apiVersion"] = "metrics.k8s.io/v1beta1",
                ["kind"] = "NodeMetrics",
                ["metadata"] = new JsonObject { ["name"] = node },
                ["timestamp"] = Now(),
                ["window"] = "20s",
                ["usage"] = new JsonObject
                {
                    ["cpu"] = $"{usage.Item1 * 1_000_000}n",
                    ["memory"] = $"{(usage.Item2 / 1024).ToString(CultureInfo.InvariantCulture)}Ki",
                },
            };
            _ = PutAsync(new ResourceKey(NodeMetrics, "", node), metrics, CancellationToken.None);
        }

        _dirtyNodes.Clear();
    }

    /// <summary>
    /// Create or unconditionally replace (metrics have one writer: this loop, so the existence check
    /// holds; every new pod's metrics are a create, which must not cost a failed update first).
    /// </summary>
    private async Task PutAsync(ResourceKey key, JsonObject obj, CancellationToken cancellationToken)
    {
        try
        {
            if (await store.GetAsync(key, cancellationToken) is null)
            {
                await store.CreateAsync(key, obj, cancellationToken);
            }
            else
            {
                await store.UpdateAsync(key, obj, cancellationToken);
            }
        }
        catch (StoreException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
