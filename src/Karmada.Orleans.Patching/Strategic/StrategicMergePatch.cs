using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;
using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.Strategic;

/// <summary>
/// Kubernetes strategic merge patch (<c>application/strategic-merge-patch+json</c>): a merge patch whose lists are
/// merged by key where the schema says so, with the <c>$patch</c>, <c>$retainKeys</c>,
/// <c>$deleteFromPrimitiveList/…</c> and <c>$setElementOrder/…</c> directives. Only built-in kinds accept it.
/// </summary>
public static class StrategicMergePatch
{
    /// <summary>What kube accepts for kinds that refuse strategic merge patch.</summary>
    public static IReadOnlyList<string> CustomResourcePatchTypes { get; } =
        ["application/json-patch+json", "application/merge-patch+json", "application/apply-patch+yaml"];

    /// <summary>
    /// Patches a copy of <paramref name="original"/>, typed by its <c>apiVersion</c>/<c>kind</c>. Throws
    /// <see cref="UnsupportedPatchTypeException"/> (415) for kinds without a built-in schema (custom resources),
    /// <see cref="BadPatchException"/> (400) or <see cref="PatchFailedException"/> (500) for patches kube refuses.
    /// </summary>
    public static JsonObject Apply(JsonObject original, JsonNode? patch, PatchSchema schema)
    {
        JsonKinds.TryGetString(original["apiVersion"], out var apiVersion);
        JsonKinds.TryGetString(original["kind"], out var kind);
        var gvk = GroupVersionKind.From(apiVersion, kind);
        if (!schema.SupportsStrategicMerge(gvk))
        {
            throw new UnsupportedPatchTypeException(CustomResourcePatchTypes);
        }

        return Apply(original, patch, schema.ForKind(gvk));
    }

    /// <inheritdoc cref="Apply(JsonObject, JsonNode?, PatchSchema)"/>
    public static JsonObject Apply(JsonObject original, string patchJson, PatchSchema schema)
    {
        JsonNode? patch;
        try
        {
            patch = JsonNode.Parse(patchJson);
        }
        catch (JsonException e)
        {
            throw new BadPatchException(e.Message);
        }

        return Apply(original, patch, schema);
    }

    /// <summary>Patches a copy of <paramref name="original"/> with an explicit root schema.</summary>
    public static JsonObject Apply(JsonObject original, JsonNode? patch, SchemaNode schema)
    {
        if (patch is null)
        {
            return (JsonObject)original.DeepClone();
        }

        if (patch is not JsonObject patchMap)
        {
            throw new BadPatchException($"json: cannot unmarshal {Describe(patch)} into Go value of type map[string]interface {{}}");
        }

        return StrategicMerger.MergeMap((JsonObject)original.DeepClone(), patchMap, schema) ?? [];
    }

    private static string Describe(JsonNode node) => JsonKinds.KindOf(node) switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        _ => "bool",
    };
}
