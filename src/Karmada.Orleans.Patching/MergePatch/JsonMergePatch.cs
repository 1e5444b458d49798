using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.MergePatch;

/// <summary>
/// RFC 7386 JSON merge patch (<c>application/merge-patch+json</c>): objects merge recursively, null deletes a
/// member, anything else (arrays included) replaces the target value.
/// </summary>
public static class JsonMergePatch
{
    /// <summary>The result of merging <paramref name="patch"/> into a copy of <paramref name="target"/>.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return JsonKinds.Clone(patch);
        }

        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : new JsonObject();
        Merge(result, patchObject);
        return result;
    }

    /// <summary>
    /// Merges into an API object: the patch must be a JSON object (kube answers 500 "Invalid JSON Patch"
    /// otherwise, which <see cref="PatchFailedException"/> reproduces).
    /// </summary>
    public static JsonObject ApplyToObject(JsonObject target, string patchJson)
    {
        JsonNode? patch;
        try
        {
            patch = JsonNode.Parse(patchJson);
        }
        catch (JsonException)
        {
            throw new PatchFailedException("Invalid JSON Patch");
        }

        return ApplyToObject(target, patch);
    }

    /// <inheritdoc cref="ApplyToObject(JsonObject, string)"/>
    public static JsonObject ApplyToObject(JsonObject target, JsonNode? patch)
        => Apply(target, patch) as JsonObject ?? throw new PatchFailedException("Invalid JSON Patch");

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (JsonEquality.IsNull(value))
            {
                target.Remove(key);
            }
            else if (value is JsonObject nested)
            {
                if (target[key] is not JsonObject existing)
                {
                    existing = new JsonObject();
                    target[key] = existing;
                }

                Merge(existing, nested);
            }
            else
            {
                target[key] = value!.DeepClone();
            }
        }
    }
}
