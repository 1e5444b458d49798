using System.Text.Json.Nodes;

namespace Karmada.Orleans.Storage.Tests;

internal static class Objects
{
    public static JsonObject Deployment(string name, int replicas = 1, Dictionary<string, string>? labels = null, string[]? finalizers = null)
    {
        var metadata = new JsonObject { ["name"] = name };
        if (labels is not null)
        {
            metadata["labels"] = new JsonObject(labels.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));
        }

        if (finalizers is not null)
        {
            metadata["finalizers"] = new JsonArray(finalizers.Select(f => (JsonNode?)f).ToArray());
        }

        return new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = metadata,
            ["spec"] = new JsonObject { ["replicas"] = replicas },
        };
    }

    public static ResourceKey Key(string name, string ns = "default", string resource = "deployments.apps") => new(resource, ns, name);

    public static string Rv(this StoredObject obj) => obj.ToJsonObject()["metadata"]!["resourceVersion"]!.GetValue<string>();

    public static JsonNode? Meta(this StoredObject obj, string field) => obj.ToJsonObject()["metadata"]![field];
}
