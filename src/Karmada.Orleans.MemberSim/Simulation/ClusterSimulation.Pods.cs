using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;
using static Karmada.Orleans.MemberSim.Simulation.SimulatedResources;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>The scheduler and the kubelets: placing pods on nodes, and starting them after the ready delay.</summary>
internal sealed partial class ClusterSimulation
{
    private readonly Dictionary<string, NodeLoad> _nodeLoad = new(StringComparer.Ordinal);
    private readonly Dictionary<ResourceKey, (string Node, PodRequest Request)> _placed = [];
    private readonly HashSet<ResourceKey> _pending = [];
    private List<SchedulableNode>? _nodes;
    private int _podAddresses;

    private List<SchedulableNode> SchedulingNodes => _nodes ??= _cache.All(SimulatedResources.Nodes)
        .Select(kv => SchedulableNode.From(kv.Value))
        .OrderBy(n => n.Name, StringComparer.Ordinal)
        .ToList();

    private static bool IsTerminal(JsonObject pod) => pod["status"]?["phase"]?.ToString() is "Succeeded" or "Failed";

    private static bool IsReady(JsonObject pod) =>
        (pod["status"]?["conditions"] as JsonArray ?? []).OfType<JsonObject>()
            .Any(c => c["type"]?.ToString() == "Ready" && c["status"]?.ToString() == "True");

    /// <summary>Keeps each node's requested resources and the set of unscheduled pods current.</summary>
    private void TrackPod(ResourceKey key, JsonObject? current)
    {
        if (_placed.Remove(key, out var old))
        {
            _nodeLoad[old.Node] = _nodeLoad.GetValueOrDefault(old.Node).Add(old.Request, -1);
            _dirtyNodes.Add(old.Node);
        }

        _pending.Remove(key);
        if (current is null || IsTerminal(current) || IsDeleting(current))
        {
            // A pod that no longer runs stops counting towards its node's metrics.
            SetUsage(key, null);
            return;
        }

        var nodeName = current["spec"]?["nodeName"]?.ToString();
        if (string.IsNullOrEmpty(nodeName))
        {
            SetUsage(key, null);
            _pending.Add(key);
            return;
        }

        var request = PodRequest.Of(current["spec"] as JsonObject);
        _placed[key] = (nodeName, request);
        _nodeLoad[nodeName] = _nodeLoad.GetValueOrDefault(nodeName).Add(request, +1);
        _dirtyNodes.Add(nodeName);
    }

    private void EnqueuePending()
    {
        foreach (var key in _pending)
        {
            Enqueue(Work.Pod, key);
        }
    }

    /// <summary>An unscheduled pod gets a node or a PodScheduled=False condition; a scheduled, not yet started pod gets its start timer.</summary>
    private async Task SyncPodAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        if (_cache.Get(key) is not { } pod || IsTerminal(pod) || IsDeleting(pod))
        {
            return;
        }

        if (!string.IsNullOrEmpty(pod["spec"]?["nodeName"]?.ToString()))
        {
            if (pod["status"]?["phase"]?.ToString() is null or "Pending")
            {
                AddTimer(key, time.GetUtcNow() + settings.ReadyDelay);
            }
            else if (pod["status"]?["phase"]?.ToString() == "Running")
            {
                await UpsertPodMetricsAsync(key, pod, cancellationToken);
            }

            return;
        }

        var spec = pod["spec"] as JsonObject;
        var result = PodScheduler.Schedule(spec, PodRequest.Of(spec), SchedulingNodes, n => _nodeLoad.GetValueOrDefault(n));
        var updated = pod.DeepClone().AsObject();
        var status = updated["status"] as JsonObject ?? [];
        updated["status"] = status;
        status["phase"] = "Pending";
        if (result.Node is { } node)
        {
            updated["spec"]!["nodeName"] = node;
            status["conditions"] = new JsonArray(PodCondition("PodScheduled", "True", null, null));
        }
        else
        {
            var condition = PodCondition("PodScheduled", "False", "Unschedulable", result.Message);
            var existing = (status["conditions"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(c => c["type"]?.ToString() == "PodScheduled");
            if (existing?["message"]?.ToString() == result.Message && existing?["status"]?.ToString() == "False")
            {
                return;
            }

            status["conditions"] = new JsonArray(condition);
        }

        await UpdateAsync(key, updated, cancellationToken);
    }

    /// <summary>The kubelet's part: containers start and the pod turns Ready, or a Job's pod runs to completion.</summary>
    private async Task StartPodAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        if (_cache.Get(key) is not { } pod || IsTerminal(pod) || IsDeleting(pod) || pod["status"]?["phase"]?.ToString() == "Running")
        {
            return;
        }

        var nodeName = pod["spec"]?["nodeName"]?.ToString();
        if (string.IsNullOrEmpty(nodeName))
        {
            return;
        }

        var completes = ControllerOf(pod)?["kind"]?.ToString() == "Job"
            || pod["spec"]?["restartPolicy"]?.ToString() is "Never" or "OnFailure" && ControllerOf(pod) is null;
        var now = Now();
        var updated = pod.DeepClone().AsObject();
        var address = ++_podAddresses;
        var podIp = $"10.{100 + (settings.ClusterIndex % 150)}.{address / 250 % 250}.{(address % 250) + 2}";
        var node = _cache.Get(new ResourceKey(SimulatedResources.Nodes, "", nodeName));
        var hostIp = (node?["status"]?["addresses"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(a => a["type"]?.ToString() == "InternalIP")?["address"]?.ToString() ?? "172.20.0.2";
        var containers = (pod["spec"]?["containers"] as JsonArray ?? []).OfType<JsonObject>().Select(c => new JsonObject
        {
            ["name"] = c["name"]?.ToString(),
            ["image"] = c["image"]?.ToString(),
            ["imageID"] = "",
            ["ready"] = !completes,
            ["started"] = !completes,
            ["restartCount"] = 0,
            ["state"] = completes
                ? new JsonObject { ["terminated"] = new JsonObject { ["exitCode"] = 0, ["reason"] = "Completed", ["startedAt"] = now, ["finishedAt"] = now } }
                : new JsonObject { ["running"] = new JsonObject { ["startedAt"] = now } },
        });
        updated["status"] = new JsonObject
        {
            ["phase"] = completes ? "Succeeded" : "Running",
            ["conditions"] = completes
                ? new JsonArray(
                    PodCondition("Initialized", "True", "PodCompleted", null),
                    PodCondition("Ready", "False", "PodCompleted", null),
                    PodCondition("ContainersReady", "False", "PodCompleted", null),
                    PodCondition("PodScheduled", "True", null, null))
                : new JsonArray(
                    PodCondition("PodReadyToStartContainers", "True", null, null),
                    PodCondition("Initialized", "True", null, null),
                    PodCondition("Ready", "True", null, null),
                    PodCondition("ContainersReady", "True", null, null),
                    PodCondition("PodScheduled", "True", null, null)),
            ["hostIP"] = hostIp,
            ["podIP"] = podIp,
            ["podIPs"] = new JsonArray(new JsonObject { ["ip"] = podIp }),
            ["startTime"] = now,
            ["containerStatuses"] = new JsonArray(containers.ToArray<JsonNode?>()),
            ["qosClass"] = PodRequest.Of(pod["spec"] as JsonObject) == default ? "BestEffort" : "Burstable",
        };
        if (await UpdateAsync(key, updated, cancellationToken) && !completes && _cache.Get(key) is { } running)
        {
            await UpsertPodMetricsAsync(key, running, cancellationToken);
        }
    }

    private JsonObject PodCondition(string type, string status, string? reason, string? message)
    {
        var condition = new JsonObject { ["type"] = type, ["status"] = status, ["lastProbeTime"] = null, ["lastTransitionTime"] = Now() };
        if (reason is not null)
        {
            condition["reason"] = reason;
        }

        if (message is not null)
        {
            condition["message"] = message;
        }

        return condition;
    }

    /// <summary>A pod of a workload: the template's metadata and spec, owned by the workload.</summary>
    private static JsonObject NewPod(JsonObject owner, string apiVersion, string kind, JsonObject? template, string name, JsonObject? extraLabels, string? nodeName)
    {
        var templateMetadata = template?["metadata"] as JsonObject;
        var labels = templateMetadata?["labels"]?.DeepClone() as JsonObject ?? [];
        foreach (var (k, v) in extraLabels ?? [])
        {
            labels[k] = v?.DeepClone();
        }

        var metadata = new JsonObject
        {
            ["name"] = name,
            ["namespace"] = owner["metadata"]?["namespace"]?.ToString(),
            ["labels"] = labels,
            ["ownerReferences"] = new JsonArray(new JsonObject
            {
                ["apiVersion"] = apiVersion,
                ["kind"] = kind,
                ["name"] = owner["metadata"]?["name"]?.ToString(),
                ["uid"] = owner["metadata"]?["uid"]?.ToString(),
                ["controller"] = true,
                ["blockOwnerDeletion"] = true,
            }),
        };
        if (templateMetadata?["annotations"] is JsonObject annotations)
        {
            metadata["annotations"] = annotations.DeepClone();
        }

        var spec = template?["spec"]?.DeepClone() as JsonObject ?? [];
        spec["restartPolicy"] ??= "Always";
        spec["schedulerName"] ??= "default-scheduler";
        spec["dnsPolicy"] ??= "ClusterFirst";
        spec["terminationGracePeriodSeconds"] ??= 30;
        if (nodeName is not null)
        {
            spec["nodeName"] = nodeName;
        }

        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = metadata,
            ["spec"] = spec,
            ["status"] = new JsonObject { ["phase"] = "Pending" },
        };
    }

    private IEnumerable<KeyValuePair<ResourceKey, JsonObject>> LivePods(JsonObject owner) =>
        _cache.Dependents(ObjectCache.Uid(owner), Pods).Where(kv => !IsDeleting(kv.Value));
}
