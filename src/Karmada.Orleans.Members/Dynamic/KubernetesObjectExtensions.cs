using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Dynamic;

/// <summary>Typed access to the well-known fields of an unstructured object (apiVersion, kind, metadata).</summary>
public static class KubernetesObjectExtensions
{
    public static string? GetApiVersion(this JsonObject obj) => obj.GetString("apiVersion");

    public static string? GetKind(this JsonObject obj) => obj.GetString("kind");

    public static GroupVersionKind GetGroupVersionKind(this JsonObject obj)
    {
        var apiVersion = obj.GetApiVersion();
        var kind = obj.GetKind();
        if (string.IsNullOrEmpty(apiVersion) || string.IsNullOrEmpty(kind))
        {
            throw new ArgumentException($"object {Describe(obj)} has no apiVersion and kind");
        }

        return GroupVersionKind.FromApiVersionAndKind(apiVersion, kind);
    }

    public static JsonObject? GetMetadata(this JsonObject obj) => obj["metadata"] as JsonObject;

    public static JsonObject EnsureMetadata(this JsonObject obj)
    {
        if (obj["metadata"] is JsonObject metadata)
        {
            return metadata;
        }

        metadata = [];
        obj["metadata"] = metadata;
        return metadata;
    }

    public static string? GetName(this JsonObject obj) => obj.GetMetadata()?.GetString("name");

    public static string? GetNamespace(this JsonObject obj) => obj.GetMetadata()?.GetString("namespace");

    public static string? GetResourceVersion(this JsonObject obj) => obj.GetMetadata()?.GetString("resourceVersion");

    public static string? GetUid(this JsonObject obj) => obj.GetMetadata()?.GetString("uid");

    public static long? GetGeneration(this JsonObject obj) =>
        obj.GetMetadata()?["generation"] is JsonValue value && value.TryGetValue<long>(out var generation) ? generation : null;

    public static string? GetDeletionTimestamp(this JsonObject obj) => obj.GetMetadata()?.GetString("deletionTimestamp");

    public static IReadOnlyDictionary<string, string> GetLabels(this JsonObject obj) => StringMap(obj.GetMetadata()?["labels"]);

    public static IReadOnlyDictionary<string, string> GetAnnotations(this JsonObject obj) => StringMap(obj.GetMetadata()?["annotations"]);

    public static void SetNamespace(this JsonObject obj, string? @namespace) => obj.EnsureMetadata()["namespace"] = @namespace;

    public static void SetResourceVersion(this JsonObject obj, string? resourceVersion) => obj.EnsureMetadata()["resourceVersion"] = resourceVersion;

    /// <summary>The node at a field path, e.g. <c>obj.GetPath("spec", "replicas")</c>; null when any step is missing.</summary>
    public static JsonNode? GetPath(this JsonObject obj, params string[] path)
    {
        JsonNode? node = obj;
        foreach (var step in path)
        {
            node = node switch
            {
                JsonObject o => o[step],
                JsonArray a when int.TryParse(step, out var index) && index >= 0 && index < a.Count => a[index],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>"Kind namespace/name" for messages.</summary>
    public static string Describe(this JsonObject obj)
    {
        var name = obj.GetName() ?? "<unnamed>";
        var ns = obj.GetNamespace();
        return $"{obj.GetKind() ?? "object"} {(ns is null ? name : $"{ns}/{name}")}";
    }

    private static string? GetString(this JsonObject obj, string key) =>
        obj[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static Dictionary<string, string> StringMap(JsonNode? node)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                if (value is JsonValue v && v.TryGetValue<string>(out var text))
                {
                    map[key] = text;
                }
            }
        }

        return map;
    }
}
