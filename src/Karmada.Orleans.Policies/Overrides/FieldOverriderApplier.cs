using System.Text.Json;

namespace Karmada.Orleans.Policies;

/// <summary>
/// fieldOverrider: patches a JSON or YAML document held in a string field (a ConfigMap key, say)
/// with subPath operations, and writes it back in the same format. With both lists set, YAML wins,
/// as in Karmada (admission rejects it).
/// </summary>
internal static class FieldOverriderApplier
{
    public static void Apply(JsonObject obj, IReadOnlyList<FieldOverrider> overriders)
    {
        for (var i = 0; i < overriders.Count; i++)
        {
            var overrider = overriders[i];
            var field = $"fieldOverrider[{i}]";
            var yaml = overrider.Yaml ?? [];
            var json = overrider.Json ?? [];
            if (yaml.Count == 0 && json.Count == 0)
            {
                // Karmada would blank the field here; leaving it alone is the only sensible reading.
                continue;
            }

            var tokens = JsonPointer.TryParse(overrider.FieldPath, out var error)
                ?? throw new OverriderException(field, overrider.FieldPath, $"invalid fieldPath: {error}");
            if (!JsonPointer.TryGet(obj, tokens, out var node) || node.AsString() is not { } text)
            {
                throw new OverriderException(field, overrider.FieldPath, $"the value at fieldPath \"{overrider.FieldPath}\" is not a string");
            }

            var patched = yaml.Count > 0
                ? PatchYaml(text, yaml.Select(o => new PatchOperation(o.Operator, o.SubPath, o.Value.ToNode())), field, overrider.FieldPath)
                : PatchJson(text, json.Select(o => new PatchOperation(o.Operator, o.SubPath, o.Value.ToNode())), field, overrider.FieldPath);
            JsonPatcher.Apply(obj, new PatchOperation(OverriderOperator.Replace, overrider.FieldPath, JsonValue.Create(patched)));
        }
    }

    private static string PatchYaml(string text, IEnumerable<PatchOperation> operations, string field, string fieldPath)
    {
        JsonNode? document;
        try
        {
            var documents = KubeYaml.ParseDocuments(text, expandLists: false);
            document = documents.Count switch
            {
                0 => null,
                1 => documents[0],
                _ => throw new FormatException($"expected one YAML document, found {documents.Count}"),
            };
        }
        catch (FormatException e)
        {
            throw new OverriderException(field, fieldPath, $"the value at fieldPath \"{fieldPath}\" is not a YAML document: {e.Message}");
        }

        return KubeYaml.FromJson(Patch(document, operations, field, fieldPath));
    }

    private static string PatchJson(string text, IEnumerable<PatchOperation> operations, string field, string fieldPath)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new OverriderException(field, fieldPath, $"the value at fieldPath \"{fieldPath}\" is not a JSON document: {e.Message}");
        }

        // Compact, like the JSON patch library Karmada uses; key order is kept.
        return Patch(document, operations, field, fieldPath)?.ToJsonString(KarmadaJson.Options) ?? "null";
    }

    private static JsonNode? Patch(JsonNode? document, IEnumerable<PatchOperation> operations, string field, string fieldPath)
    {
        try
        {
            return JsonPatcher.Apply(document, operations);
        }
        catch (JsonPatchException e)
        {
            // The path reported is the field's pointer followed by the sub path.
            throw new OverriderException(field, fieldPath + e.Path, e.Message);
        }
    }
}
