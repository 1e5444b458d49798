using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;
using static Karmada.Orleans.MemberSim.Simulation.SimulatedResources;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>The workload controllers: Deployment, ReplicaSet, StatefulSet, DaemonSet and Job.</summary>
internal sealed partial class ClusterSimulation
{
    /// <summary>One ReplicaSet per pod template (pod-template-hash); a new template scales the old ones to zero.</summary>
    private async Task SyncDeploymentAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        if (_cache.Get(key) is not { } deployment || IsDeleting(deployment))
        {
            return;
        }

        var spec = deployment["spec"] as JsonObject ?? [];
        var replicas = IntAt(spec["replicas"], 1);
        var paused = spec["paused"] is JsonValue p && p.TryGetValue<bool>(out var isPaused) && isPaused;
        var template = spec["template"] as JsonObject;
        var hash = ObjectNames.TemplateHash(template);
        var sets = _cache.Dependents(ObjectCache.Uid(deployment), ReplicaSets).Where(kv => !IsDeleting(kv.Value)).ToList();
        var current = sets.FirstOrDefault(kv => kv.Value["metadata"]?["labels"]?["pod-template-hash"]?.ToString() == hash);
        if (!paused)
        {
            if (current.Value is null)
            {
                var name = $"{key.Name}-{hash}";
                var replicaSet = NewReplicaSet(deployment, name, hash, replicas, sets.Count + 1);
                await CreateAsync(new ResourceKey(ReplicaSets, key.Namespace, name), replicaSet, cancellationToken);
                return;
            }

            if (IntAt(current.Value["spec"]?["replicas"], 1) != replicas)
            {
                var scaled = current.Value.DeepClone().AsObject();
                scaled["spec"]!["replicas"] = replicas;
                await UpdateAsync(current.Key, scaled, cancellationToken);
            }

            foreach (var (oldKey, old) in sets.Where(kv => kv.Key != current.Key))
            {
                if (IntAt(old["spec"]?["replicas"], 1) != 0)
                {
                    var scaled = old.DeepClone().AsObject();
                    scaled["spec"]!["replicas"] = 0;
                    await UpdateAsync(oldKey, scaled, cancellationToken);
                }
                else if (IntAt(old["status"]?["replicas"], 0) == 0 && !LivePods(old).Any())
                {
                    await DeleteAsync(oldKey, cancellationToken);
                }
            }
        }

        int total = 0, ready = 0, available = 0, updated = 0;
        foreach (var (_, set) in sets)
        {
            var status = set["status"];
            total += IntAt(status?["replicas"], 0);
            ready += IntAt(status?["readyReplicas"], 0);
            available += IntAt(status?["availableReplicas"], 0);
        }

        if (current.Value is not null)
        {
            updated = IntAt(current.Value["status"]?["replicas"], 0);
        }

        var complete = updated == replicas && total == replicas && available == replicas;
        var newStatus = new JsonObject { ["observedGeneration"] = Generation(deployment) };
        SetCount(newStatus, "replicas", total);
        SetCount(newStatus, "updatedReplicas", updated);
        SetCount(newStatus, "readyReplicas", ready);
        SetCount(newStatus, "availableReplicas", available);
        SetCount(newStatus, "unavailableReplicas", Math.Max(0, replicas - available));
        var previousStatus = deployment["status"] as JsonObject;
        newStatus["conditions"] = new JsonArray(
            WorkloadCondition(previousStatus, "Available", available >= replicas ? "True" : "False",
                available >= replicas ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
                available >= replicas ? "Deployment has minimum availability." : "Deployment does not have minimum availability."),
            WorkloadCondition(previousStatus, "Progressing", "True",
                complete ? "NewReplicaSetAvailable" : "ReplicaSetUpdated",
                complete ? $"ReplicaSet \"{key.Name}-{hash}\" has successfully progressed." : $"ReplicaSet \"{key.Name}-{hash}\" is progressing."));
        await WriteStatusAsync(key, deployment, newStatus, cancellationToken);
        foreach (var (_, set) in sets)
        {
            await RefreshPodMetricsAsync(set, cancellationToken);
        }
    }

    private static JsonObject NewReplicaSet(JsonObject deployment, string name, string hash, int replicas, int revision)
    {
        var spec = deployment["spec"] as JsonObject ?? [];
        var template = spec["template"]?.DeepClone() as JsonObject ?? [];
        var templateMetadata = template["metadata"] as JsonObject ?? [];
        template["metadata"] = templateMetadata;
        var labels = templateMetadata["labels"] as JsonObject ?? [];
        labels["pod-template-hash"] = hash;
        templateMetadata["labels"] = labels;
        var selector = spec["selector"]?.DeepClone() as JsonObject ?? [];
        var matchLabels = selector["matchLabels"] as JsonObject ?? [];
        matchLabels["pod-template-hash"] = hash;
        selector["matchLabels"] = matchLabels;
        return new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "ReplicaSet",
            ["metadata"] = new JsonObject
            {
                ["name"] = name,
                ["namespace"] = deployment["metadata"]?["namespace"]?.ToString(),
                ["labels"] = labels.DeepClone(),
                ["annotations"] = new JsonObject
                {
                    ["deployment.kubernetes.io/desired-replicas"] = replicas.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["deployment.kubernetes.io/revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
                ["ownerReferences"] = OwnerReference(deployment, "apps/v1", "Deployment"),
            },
            ["spec"] = new JsonObject { ["replicas"] = replicas, ["selector"] = selector, ["template"] = template },
        };
    }

    private async Task SyncReplicaSetAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        if (_cache.Get(key) is not { } replicaSet || IsDeleting(replicaSet))
        {
            return;
        }

        var desired = IntAt(replicaSet["spec"]?["replicas"], 1);
        var pods = LivePods(replicaSet).ToList();
        var template = replicaSet["spec"]?["template"] as JsonObject;
        for (var i = pods.Count; i < desired; i++)
        {
            var name = $"{key.Name}-{ObjectNames.RandomSuffix()}";
            await CreateAsync(new ResourceKey(Pods, key.Namespace, name), NewPod(replicaSet, "apps/v1", "ReplicaSet", template, name, null, null), cancellationToken);
        }

        // Scale down the least useful pods first: unscheduled, then not ready, then the newest.
        foreach (var (podKey, _) in pods
            .OrderBy(kv => string.IsNullOrEmpty(kv.Value["spec"]?["nodeName"]?.ToString()) ? 0 : 1)
            .ThenBy(kv => IsReady(kv.Value) ? 1 : 0)
            .ThenByDescending(kv => kv.Value["metadata"]?["creationTimestamp"]?.ToString(), StringComparer.Ordinal)
            .Take(Math.Max(0, pods.Count - desired)))
        {
            await DeleteAsync(podKey, cancellationToken);
        }

        pods = LivePods(replicaSet).ToList();
        var ready = pods.Count(kv => IsReady(kv.Value));
        var status = new JsonObject { ["observedGeneration"] = Generation(replicaSet), ["replicas"] = pods.Count };
        SetCount(status, "fullyLabeledReplicas", pods.Count);
        SetCount(status, "readyReplicas", ready);
        SetCount(status, "availableReplicas", ready);
        await WriteStatusAsync(key, replicaSet, status, cancellationToken);
        await RefreshPodMetricsAsync(replicaSet, cancellationToken);
    }

    /// <summary>Pods NAME-0..N-1, created in order (each after the previous is Ready) unless podManagementPolicy is Parallel.</summary>
    private async Task SyncStatefulSetAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        if (_cache.Get(key) is not { } statefulSet || IsDeleting(statefulSet))
        {
            return;
        }

        var spec = statefulSet["spec"] as JsonObject ?? [];
        var desired = IntAt(spec["replicas"], 1);
        var parallel = spec["podManagementPolicy"]?.ToString() == "Parallel";
        var revision = $"{key.Name}-{ObjectNames.TemplateHash(spec["template"])}";
        var pods = LivePods(statefulSet).ToDictionary(kv => kv.Key.Name, kv => kv.Value, StringComparer.Ordinal);
        foreach (var (name, pod) in pods.ToList())
        {
            var ordinal = Ordinal(name, key.Name);
            var outdated = pod["metadata"]?["labels"]?["controller-revision-hash"]?.ToString() != revision;
            if (ordinal < 0 || ordinal >= desired || outdated)
            {
                await DeleteAsync(new ResourceKey(Pods, key.Namespace, name), cancellationToken);
                pods.Remove(name);
            }
        }

        for (var i = 0; i < desired; i++)
        {
            var name = $"{key.Name}-{i}";
            if (pods.TryGetValue(name, out var existing))
            {
                if (!parallel && !IsReady(existing))
                {
                    break;
                }

                continue;
            }

            var labels = new JsonObject
            {
                ["controller-revision-hash"] = revision,
                ["statefulset.kubernetes.io/pod-name"] = name,
                ["apps.kubernetes.io/pod-index"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            var pod = NewPod(statefulSet, "apps/v1", "StatefulSet", spec["template"] as JsonObject, name, labels, null);
            pod["spec"]!["hostname"] = name;
            if (spec["serviceName"]?.ToString() is { Length: > 0 } serviceName)
            {
                pod["spec"]!["subdomain"] = serviceName;
            }

            await CreateAsync(new ResourceKey(Pods, key.Namespace, name), pod, cancellationToken);
            if (!parallel)
            {
                break;
            }
        }

        var live = LivePods(statefulSet).Select(kv => kv.Value).ToList();
        var ready = live.Count(IsReady);
        var status = new JsonObject
        {
            ["observedGeneration"] = Generation(statefulSet),
            ["replicas"] = live.Count,
            ["readyReplicas"] = ready,
            ["currentReplicas"] = live.Count,
            ["updatedReplicas"] = live.Count,
            ["availableReplicas"] = ready,
            ["currentRevision"] = revision,
            ["updateRevision"] = revision,
            ["collisionCount"] = 0,
        };
        await WriteStatusAsync(key, statefulSet, status, cancellationToken);
        await RefreshPodMetricsAsync(statefulSet, cancellationToken);
    }

    private static int Ordinal(string podName, string setName) =>
        podName.Length > setName.Length + 1 && podName.StartsWith(setName + "-", StringComparison.Ordinal)
            && int.TryParse(podName.AsSpan(setName.Length + 1), out var ordinal) ? ordinal : -1;

    /// <summary>One pod on every node the pod template may run on (selector, affinity, taints).</summary>
    private async Task SyncDaemonSetAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        if (_cache.Get(key) is not { } daemonSet || IsDeleting(daemonSet))
        {
            return;
        }

        var template = daemonSet["spec"]?["template"] as JsonObject;
        var podSpec = template?["spec"] as JsonObject;
        var eligible = SchedulingNodes.Where(n => PodScheduler.Filter(podSpec, default, n, default) is null).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var pods = LivePods(daemonSet).ToList();
        var byNode = new Dictionary<string, ResourceKey>(StringComparer.Ordinal);
        foreach (var (podKey, pod) in pods)
        {
            var node = pod["spec"]?["nodeName"]?.ToString() ?? "";
            if (!eligible.Contains(node) || byNode.ContainsKey(node))
            {
                await DeleteAsync(podKey, cancellationToken);
                continue;
            }

            byNode[node] = podKey;
        }

        foreach (var node in eligible.Where(n => !byNode.ContainsKey(n)))
        {
            var name = $"{key.Name}-{ObjectNames.RandomSuffix()}";
            await CreateAsync(new ResourceKey(Pods, key.Namespace, name), NewPod(daemonSet, "apps/v1", "DaemonSet", template, name, null, node), cancellationToken);
        }

        var live = LivePods(daemonSet).Select(kv => kv.Value).ToList();
        var ready = live.Count(IsReady);
        var status = new JsonObject
        {
            ["observedGeneration"] = Generation(daemonSet),
            ["currentNumberScheduled"] = live.Count,
            ["desiredNumberScheduled"] = eligible.Count,
            ["numberMisscheduled"] = 0,
            ["numberReady"] = ready,
            ["updatedNumberScheduled"] = live.Count,
        };
        SetCount(status, "numberAvailable", ready);
        SetCount(status, "numberUnavailable", eligible.Count - ready);
        await WriteStatusAsync(key, daemonSet, status, cancellationToken);
        await RefreshPodMetricsAsync(daemonSet, cancellationToken);
    }

    /// <summary>Runs up to parallelism pods at a time until completions pods have succeeded.</summary>
    private async Task SyncJobAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        if (_cache.Get(key) is not { } job || IsDeleting(job))
        {
            return;
        }

        var spec = job["spec"] as JsonObject ?? [];
        var parallelism = IntAt(spec["parallelism"], 1);
        var completions = spec["completions"] is null ? parallelism : IntAt(spec["completions"], 1);
        var suspended = spec["suspend"] is JsonValue s && s.TryGetValue<bool>(out var isSuspended) && isSuspended;
        var old = job["status"] as JsonObject;
        if (old?["completionTime"] is not null)
        {
            return;
        }

        var pods = _cache.Dependents(ObjectCache.Uid(job), Pods).Select(kv => kv.Value).ToList();
        var succeeded = pods.Count(p => p["status"]?["phase"]?.ToString() == "Succeeded");
        var active = pods.Where(p => !IsTerminal(p) && !IsDeleting(p)).ToList();
        var toStart = suspended ? 0 : Math.Min(parallelism - active.Count, completions - succeeded - active.Count);
        for (var i = 0; i < toStart; i++)
        {
            var name = $"{key.Name}-{ObjectNames.RandomSuffix()}";
            var labels = new JsonObject
            {
                ["batch.kubernetes.io/job-name"] = key.Name,
                ["job-name"] = key.Name,
                ["batch.kubernetes.io/controller-uid"] = ObjectCache.Uid(job),
                ["controller-uid"] = ObjectCache.Uid(job),
            };
            await CreateAsync(new ResourceKey(Pods, key.Namespace, name), NewPod(job, "batch/v1", "Job", spec["template"] as JsonObject, name, labels, null), cancellationToken);
        }

        active = _cache.Dependents(ObjectCache.Uid(job), Pods).Select(kv => kv.Value).Where(p => !IsTerminal(p) && !IsDeleting(p)).ToList();
        var status = new JsonObject
        {
            ["startTime"] = old?["startTime"]?.DeepClone() ?? Now(),
            ["uncountedTerminatedPods"] = new JsonObject(),
        };
        SetCount(status, "active", active.Count);
        SetCount(status, "succeeded", succeeded);
        status["ready"] = active.Count(IsReady);
        status["terminating"] = 0;
        if (succeeded >= completions)
        {
            var now = Now();
            status["completionTime"] = now;
            status["conditions"] = new JsonArray(
                new JsonObject { ["type"] = "SuccessCriteriaMet", ["status"] = "True", ["reason"] = "CompletionsReached", ["message"] = "Reached expected number of succeeded pods", ["lastProbeTime"] = now, ["lastTransitionTime"] = now },
                new JsonObject { ["type"] = "Complete", ["status"] = "True", ["reason"] = "CompletionsReached", ["message"] = "Reached expected number of succeeded pods", ["lastProbeTime"] = now, ["lastTransitionTime"] = now });
        }
        else if (suspended)
        {
            var now = Now();
            status["conditions"] = new JsonArray(new JsonObject { ["type"] = "Suspended", ["status"] = "True", ["reason"] = "JobSuspended", ["message"] = "Job suspended", ["lastProbeTime"] = now, ["lastTransitionTime"] = old?["conditions"]?[0]?["lastTransitionTime"]?.DeepClone() ?? now });
        }

        await WriteStatusAsync(key, job, status, cancellationToken);
    }

    /// <summary>Writes status only when it differs, keeping the rest of the cached object.</summary>
    private async Task WriteStatusAsync(ResourceKey key, JsonObject obj, JsonObject status, CancellationToken cancellationToken)
    {
        if (JsonNode.DeepEquals(obj["status"], status))
        {
            return;
        }

        var updated = obj.DeepClone().AsObject();
        updated["status"] = status;
        await UpdateAsync(key, updated, cancellationToken);
    }

    /// <summary>Kubernetes omits zero counts from workload status (omitempty).</summary>
    private static void SetCount(JsonObject status, string field, int value)
    {
        if (value != 0)
        {
            status[field] = value;
        }
    }

    /// <summary>A condition that keeps its lastTransitionTime while its status stays the same.</summary>
    private JsonObject WorkloadCondition(JsonObject? oldStatus, string type, string status, string reason, string message)
    {
        var previous = (oldStatus?["conditions"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(c => c["type"]?.ToString() == type);
        var same = previous?["status"]?.ToString() == status && previous?["reason"]?.ToString() == reason;
        var now = Now();
        return new JsonObject
        {
            ["type"] = type,
            ["status"] = status,
            ["lastUpdateTime"] = same ? previous!["lastUpdateTime"]?.DeepClone() ?? now : now,
            ["lastTransitionTime"] = previous?["status"]?.ToString() == status ? previous["lastTransitionTime"]?.DeepClone() ?? now : now,
            ["reason"] = reason,
            ["message"] = message,
        };
    }

    private static JsonArray OwnerReference(JsonObject owner, string apiVersion, string kind) => new(new JsonObject
    {
        ["apiVersion"] = apiVersion,
        ["kind"] = kind,
        ["name"] = owner["metadata"]?["name"]?.ToString(),
        ["uid"] = owner["metadata"]?["uid"]?.ToString(),
        ["controller"] = true,
        ["blockOwnerDeletion"] = true,
    });
}
