using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Resources;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>Applies a PATCH body to an object according to its Content-Type.</summary>
public static class Patches
{
    public const string JsonPatch = "application/json-patch+json";
    public const string MergePatch = "application/merge-patch+json";
    public const string StrategicMergePatch = "application/strategic-merge-patch+json";
    public const string ApplyPatch = "application/apply-patch";

    public static JsonObject Apply(ResourceDefinition? definition, JsonObject current, string contentType, byte[] body)
    {
        if (contentType.StartsWith(MergePatch, StringComparison.OrdinalIgnoreCase))
        {
            var patch = BodyReader.ParseObject(body, "application/json", "Patch");
            return (JsonObject)MergePatchOf(current, patch)!;
        }

        throw ApiException.UnsupportedMediaType($"the body of the request was in an unknown format - accepted media types include: {MergePatch}");
    }

    /// <summary>RFC 7386: objects merge recursively, null deletes, everything else replaces.</summary>
    public static JsonNode? MergePatchOf(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject t ? t.DeepClone().AsObject() : [];
        foreach (var (key, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = MergePatchOf(result[key], value);
            }
        }

        return result;
    }
}
