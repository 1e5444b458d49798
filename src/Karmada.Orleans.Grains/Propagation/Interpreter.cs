using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// The resource interpreter operations the propagation grains use, in one place: Karmada's built-in
/// interpretation of replicas, retention, status reflection, health, status aggregation, dependencies.
/// </summary>
internal static class Interpreter
{
    /// <summary>Replicas and per-replica requirements of a workload (Karmada's InterpretReplica); (0, null) otherwise.</summary>
    public static (int Replicas, ReplicaRequirements? Requirements) GetReplicas(JsonObject template)
    {
        var spec = template["spec"] as JsonObject;
        var (replicas, podTemplate) = template["kind"]?.GetValue<string>() switch
        {
            "Deployment" or "StatefulSet" or "ReplicaSet" => ((int)(spec?["replicas"]?.GetValue<long>() ?? 1), spec?["template"] as JsonObject),
            "Job" => ((int)(spec?["parallelism"]?.GetValue<long>() ?? 1), spec?["template"] as JsonObject),
            "Pod" => (1, template),
            _ => (0, null),
        };
        if (podTemplate?["spec"] is not JsonObject podSpec)
        {
            return (replicas, null);
        }

        var requests = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var container in (podSpec["containers"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var (name, value) in container["resources"]?["requests"] as JsonObject ?? [])
            {
                if (value is not null && Quantity.TryParse(value.ToString(), out var q))
                {
                    requests[name] = (requests.TryGetValue(name, out var sum) ? sum : Quantity.Zero) + q;
                }
            }
        }

        // An init container runs alone, so it needs the largest single request, not a sum.
        foreach (var container in (podSpec["initContainers"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var (name, value) in container["resources"]?["requests"] as JsonObject ?? [])
            {
                if (value is not null && Quantity.TryParse(value.ToString(), out var q) && (!requests.TryGetValue(name, out var current) || q > current))
                {
                    requests[name] = q;
                }
            }
        }

        var nodeSelector = (podSpec["nodeSelector"] as JsonObject)?.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "", StringComparer.Ordinal);
        var tolerations = podSpec["tolerations"] is JsonArray t ? KarmadaJson.Deserialize<List<Toleration>>(t) : null;
        var affinity = podSpec["affinity"]?["nodeAffinity"]?["requiredDuringSchedulingIgnoredDuringExecution"] is JsonObject required ? KarmadaJson.Deserialize<NodeSelector>(required) : null;
        var claim = nodeSelector is null && tolerations is null && affinity is null ? null : new NodeClaim { NodeSelector = nodeSelector, Tolerations = tolerations, HardNodeAffinity = affinity };
        return (replicas, new ReplicaRequirements
        {
            ResourceRequest = requests.Count == 0 ? null : requests,
            NodeClaim = claim,
            Namespace = template["metadata"]?["namespace"]?.GetValue<string>(),
            PriorityClassName = podSpec["priorityClassName"]?.GetValue<string>(),
        });
    }

    public static JsonObject ReviseReplica(JsonObject manifest, int replicas)
    {
        if (manifest["spec"] is JsonObject spec)
        {
            if (manifest["kind"]?.GetValue<string>() == "Job")
            {
                spec["parallelism"] = replicas;
            }
            else
            {
                spec["replicas"] = replicas;
            }
        }

        return manifest;
    }

    public static JsonObject Retain(JsonObject desired, JsonObject observed)
    {
        if (observed["spec"]?["clusterIP"] is { } clusterIp && desired["spec"] is JsonObject spec && spec["clusterIP"] is null)
        {
            spec["clusterIP"] = clusterIp.DeepClone();
            if (observed["spec"]?["clusterIPs"] is { } ips)
            {
                spec["clusterIPs"] = ips.DeepClone();
            }
        }

        if (observed["status"] is { } status)
        {
            desired["status"] = status.DeepClone();
        }

        return desired;
    }

    /// <summary>The member's status, plus its generation so aggregation can tell whether it observed the latest spec.</summary>
    public static JsonObject? ReflectStatus(JsonObject memberObject)
    {
        if (memberObject["status"] is not JsonObject status)
        {
            return null;
        }

        var reflected = status.DeepClone().AsObject();
        if (memberObject["kind"]?.GetValue<string>() is "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet"
            && memberObject["metadata"]?["generation"] is { } generation)
        {
            reflected["generation"] = generation.DeepClone();
        }

        return reflected;
    }

    public static string InterpretHealth(JsonObject memberObject)
    {
        long Get(params string[] path)
        {
            JsonNode? node = memberObject;
            foreach (var part in path)
            {
                node = node?[part];
            }

            return (node is JsonValue v && v.TryGetValue<long>(out var l)) ? l : 0;
        }

        var observed = Get("status", "observedGeneration") >= Get("metadata", "generation");
        switch (memberObject["kind"]?.GetValue<string>())
        {
            case "Deployment" or "ReplicaSet":
                var desired = memberObject["spec"]?["replicas"] is null ? 1 : Get("spec", "replicas");
                return observed && Get("status", "updatedReplicas") >= desired && Get("status", "availableReplicas") >= desired ? "Healthy" : "Unhealthy";
            case "StatefulSet":
                var wanted = memberObject["spec"]?["replicas"] is null ? 1 : Get("spec", "replicas");
                return observed && Get("status", "readyReplicas") >= wanted && Get("status", "updatedReplicas") >= wanted ? "Healthy" : "Unhealthy";
            case "DaemonSet":
                return observed && Get("status", "numberAvailable") >= Get("status", "desiredNumberScheduled") ? "Healthy" : "Unhealthy";
            case "Job":
                return (memberObject["status"]?["conditions"] as JsonArray ?? []).OfType<JsonObject>().Any(c => c["type"]?.GetValue<string>() == "Failed" && c["status"]?.GetValue<string>() == "True") ? "Unhealthy" : "Healthy";
            case "Pod":
                return memberObject["status"]?["phase"]?.GetValue<string>() is "Running" or "Succeeded" ? "Healthy" : "Unhealthy";
            case "PersistentVolumeClaim":
                return memberObject["status"]?["phase"]?.GetValue<string>() == "Bound" ? "Healthy" : "Unhealthy";
            case "Service" when (memberObject["spec"]?["type"]?.GetValue<string>() == "LoadBalancer"):
                return memberObject["status"]?["loadBalancer"]?["ingress"] is JsonArray { Count: > 0 } ? "Healthy" : "Unhealthy";
            default:
                return "Healthy";
        }
    }

    /// <summary>The template's status summed from its members (Karmada's AggregateStatus for built-in kinds).</summary>
    public static JsonObject? AggregateStatus(JsonObject template, IReadOnlyList<AggregatedStatusItem> items)
    {
        var statuses = items.Where(i => i.Status is not null).Select(i => JsonNode.Parse(i.Status!.Value.GetRawText()) as JsonObject).OfType<JsonObject>().ToList();
        long Sum(string field) => statuses.Sum(s => (s[field] is JsonValue v && v.TryGetValue<long>(out var l)) ? l : 0);
        var generation = template["metadata"]?["generation"]?.GetValue<long>() ?? 0;
        var allObserved = statuses.Count == items.Count && statuses.All(s => (s["observedGeneration"]?.GetValue<long>() ?? 0) >= (s["generation"]?.GetValue<long>() ?? 0));
        var current = template["status"] as JsonObject;
        var observedGeneration = allObserved ? generation : current?["observedGeneration"]?.GetValue<long>() ?? 0;
        switch (template["kind"]?.GetValue<string>())
        {
            case "Deployment":
                return Counts(["replicas", "readyReplicas", "updatedReplicas", "availableReplicas", "unavailableReplicas"], observedGeneration);
            case "StatefulSet":
                return Counts(["replicas", "readyReplicas", "currentReplicas", "updatedReplicas", "availableReplicas"], observedGeneration);
            case "ReplicaSet":
                return Counts(["replicas", "readyReplicas", "availableReplicas", "fullyLabeledReplicas"], observedGeneration);
            case "DaemonSet":
                return Counts(["currentNumberScheduled", "desiredNumberScheduled", "numberAvailable", "numberMisscheduled", "numberReady", "updatedNumberScheduled", "numberUnavailable"], observedGeneration);
            case "Job":
                var job = new JsonObject();
                foreach (var field in new[] { "active", "succeeded", "failed" })
                {
                    if (Sum(field) is var n and > 0)
                    {
                        job[field] = n;
                    }
                }

                var starts = statuses.Select(s => s["startTime"]?.GetValue<string>()).OfType<string>().Order(StringComparer.Ordinal).ToList();
                if (starts.Count > 0)
                {
                    job["startTime"] = starts[0];
                }

                var completions = statuses.Select(s => s["completionTime"]?.GetValue<string>()).ToList();
                if (statuses.Count > 0 && statuses.Count == items.Count && completions.All(c => c is not null))
                {
                    job["completionTime"] = completions.Max(StringComparer.Ordinal);
                    job["conditions"] = new JsonArray(new JsonObject { ["type"] = "Complete", ["status"] = "True", ["lastProbeTime"] = job["completionTime"]!.DeepClone(), ["lastTransitionTime"] = job["completionTime"]!.DeepClone() });
                }

                return job;
            case "Service" when (template["spec"]?["type"]?.GetValue<string>() == "LoadBalancer"):
                var ingress = new JsonArray();
                foreach (var item in items)
                {
                    foreach (var entry in ((item.Status is null ? null : JsonNode.Parse(item.Status.Value.GetRawText()))?["loadBalancer"]?["ingress"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        ingress.Add(entry.DeepClone());
                    }
                }

                return new JsonObject { ["loadBalancer"] = new JsonObject { ["ingress"] = ingress } };
            default:
                return null;
        }

        JsonObject Counts(string[] fields, long observed)
        {
            var result = new JsonObject { ["observedGeneration"] = observed };
            foreach (var field in fields)
            {
                if (Sum(field) is var n and > 0)
                {
                    result[field] = n;
                }
            }

            return result;
        }
    }

    /// <summary>ConfigMaps, Secrets, ServiceAccounts and PVCs a workload's pod template references (Karmada's InterpretDependency).</summary>
    public static IReadOnlyList<DependencyReference> GetDependencies(JsonObject template)
    {
        var kind = template["kind"]?.GetValue<string>();
        var podSpec = kind switch
        {
            "Pod" => template["spec"] as JsonObject,
            "CronJob" => template["spec"]?["jobTemplate"]?["spec"]?["template"]?["spec"] as JsonObject,
            "Deployment" or "ReplicaSet" or "StatefulSet" or "DaemonSet" or "Job" => template["spec"]?["template"]?["spec"] as JsonObject,
            _ => null,
        };
        if (podSpec is null)
        {
            return [];
        }

        var found = new SortedSet<DependencyReference>(Comparer<DependencyReference>.Create((a, b) => string.CompareOrdinal($"{a.Kind}/{a.Name}", $"{b.Kind}/{b.Name}")));
        void Add(string kind, JsonNode? name)
        {
            if (name?.GetValue<string>() is { Length: > 0 } text)
            {
                found.Add(new DependencyReference("v1", kind, text));
            }
        }

        if (podSpec["serviceAccountName"]?.GetValue<string>() is { } sa && sa != "default")
        {
            Add("ServiceAccount", sa);
        }

        foreach (var secret in (podSpec["imagePullSecrets"] as JsonArray ?? []).OfType<JsonObject>())
        {
            Add("Secret", secret["name"]);
        }

        foreach (var volume in (podSpec["volumes"] as JsonArray ?? []).OfType<JsonObject>())
        {
            Add("ConfigMap", volume["configMap"]?["name"]);
            Add("Secret", volume["secret"]?["secretName"]);
            Add("PersistentVolumeClaim", volume["persistentVolumeClaim"]?["claimName"]);
            foreach (var source in (volume["projected"]?["sources"] as JsonArray ?? []).OfType<JsonObject>())
            {
                Add("ConfigMap", source["configMap"]?["name"]);
                Add("Secret", source["secret"]?["name"]);
            }
        }

        foreach (var container in new[] { "containers", "initContainers" }.SelectMany(f => (podSpec[f] as JsonArray ?? []).OfType<JsonObject>()))
        {
            foreach (var from in (container["envFrom"] as JsonArray ?? []).OfType<JsonObject>())
            {
                Add("ConfigMap", from["configMapRef"]?["name"]);
                Add("Secret", from["secretRef"]?["name"]);
            }

            foreach (var env in (container["env"] as JsonArray ?? []).OfType<JsonObject>())
            {
                Add("ConfigMap", env["valueFrom"]?["configMapKeyRef"]?["name"]);
                Add("Secret", env["valueFrom"]?["secretKeyRef"]?["name"]);
            }
        }

        return found.ToList();
    }
}

/// <summary>An object a workload needs in the same namespace.</summary>
internal sealed record DependencyReference(string ApiVersion, string Kind, string Name);
