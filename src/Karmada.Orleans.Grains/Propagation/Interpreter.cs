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
}
