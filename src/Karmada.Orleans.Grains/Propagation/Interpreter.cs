using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// The resource interpreter operations the propagation grains use, in one place. (Interim bodies;
/// they forward to the built-in interpreter of Karmada.Orleans.Policies once it lands.)
/// </summary>
internal static class Interpreter
{
    public static (int Replicas, ReplicaRequirements? Requirements) GetReplicas(JsonObject template) =>
        template["kind"]?.GetValue<string>() is "Deployment" or "StatefulSet" or "ReplicaSet"
            ? ((int)(template["spec"]?["replicas"]?.GetValue<long>() ?? 1), null)
            : (0, null);

    public static JsonObject ReviseReplica(JsonObject manifest, int replicas)
    {
        if (manifest["spec"] is JsonObject spec)
        {
            spec["replicas"] = replicas;
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

    public static JsonObject? ReflectStatus(JsonObject memberObject) => memberObject["status"]?.DeepClone().AsObject();

    public static string InterpretHealth(JsonObject memberObject) => "Healthy";

    public static JsonObject? AggregateStatus(JsonObject template, IReadOnlyList<AggregatedStatusItem> items) => null;

    /// <summary>Karmada's GenerateWorkName: lower(name)-safeEncode(fnv32a("\"ns-name-kind\"")).</summary>
    public static string WorkName(string kind, string name, string? ns)
    {
        var source = (string.IsNullOrEmpty(ns) ? $"{name}-{kind}" : $"{ns}-{name}-{kind}").ToLowerInvariant();
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes($"\"{source}\""))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        var digits = hash.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var encoded = new string(digits.Select(c => alphabet[c % alphabet.Length]).ToArray());
        return $"{name.ToLowerInvariant()}-{encoded}";
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
