using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;
using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// Interplay with client-side apply's <c>kubectl.kubernetes.io/last-applied-configuration</c> annotation, for the
/// manager "kubectl" only (as in kube): a server-side apply may take over, without conflict, the fields the
/// annotation lists when the live object still matches it; and a successful server-side apply rewrites the
/// annotation so a later client-side apply sees the new configuration.
/// </summary>
internal static class LastAppliedConfiguration
{
    public const string Annotation = "kubectl.kubernetes.io/last-applied-configuration";
    public const string KubectlManager = "kubectl";

    /// <summary>Conflicts the annotation does not excuse (all of them when it cannot excuse any).</summary>
    public static IReadOnlyList<ApplyConflict> Unexcused(JsonObject live, IReadOnlyList<ApplyConflict> conflicts, SchemaNode schema)
    {
        if (Read(live) is not { } lastApplied)
        {
            return conflicts;
        }

        var drift = Comparison.Of(lastApplied, live, schema);
        if (!StrippedFields.From(drift.Modified.Union(drift.Removed)).IsEmpty)
        {
            return conflicts;
        }

        var listed = FieldSetBuilder.Build(lastApplied, schema, []);
        return conflicts.Where(c => !listed.Has(c.Path.Elements)).ToList();
    }

    /// <summary>Rewrites the annotation of <paramref name="result"/> (when it has one) from the applied configuration.</summary>
    public static void Sync(JsonObject result, JsonObject applied)
    {
        if (Annotations(result) is not { } annotations || !JsonKinds.TryGetString(annotations[Annotation], out var current) || current.Length == 0)
        {
            return;
        }

        var copy = (JsonObject)applied.DeepClone();
        Annotations(copy)?.Remove(Annotation);
        annotations[Annotation] = GoJson.Serialize(copy);
    }

    private static JsonObject? Read(JsonObject live)
    {
        if (!JsonKinds.TryGetString(Annotations(live)?[Annotation], out var text) || text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject? Annotations(JsonObject obj) => (obj["metadata"] as JsonObject)?["annotations"] as JsonObject;
}
