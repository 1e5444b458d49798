namespace Karmada.Orleans.Policies;

/// <summary>
/// The annotations with which Karmada records, on each manifest it propagates, which label and
/// annotation keys came from the control plane. On update, member-added keys are kept and
/// control-plane keys that disappeared from the template are dropped (see <see cref="MetadataRetention"/>).
/// </summary>
public static class ManagedMetadata
{
    /// <summary>Comma-separated, sorted annotation keys the control plane set (including this one).</summary>
    public const string ManagedAnnotations = "resourcetemplate.karmada.io/managed-annotations";

    /// <summary>Comma-separated, sorted label keys the control plane set.</summary>
    public const string ManagedLabels = "resourcetemplate.karmada.io/managed-labels";

    /// <summary>The template's metadata.generation a manifest was rendered from (Deployment, StatefulSet and DaemonSet status uses it).</summary>
    public const string ResourceTemplateGeneration = "resourcetemplate.karmada.io/generation";

    /// <summary>
    /// Records the manifest's label keys, then its annotation keys, in the two managed annotations,
    /// as Karmada does just before it writes a Work. Returns a new object.
    /// </summary>
    public static JsonObject Record(JsonObject manifest)
    {
        var recorded = (JsonObject)manifest.DeepClone();
        var labels = JsonRead.StringMap(recorded, "metadata", "labels");
        var annotations = JsonWrite.Ensure(recorded, "metadata", "annotations");
        annotations[ManagedLabels] = string.Join(',', labels.Keys.Order(StringComparer.Ordinal));

        var keys = annotations.Select(a => a.Key).Where(k => k != ManagedAnnotations).Append(ManagedAnnotations).Order(StringComparer.Ordinal);
        annotations[ManagedAnnotations] = string.Join(',', keys);
        return recorded;
    }

    /// <summary>The keys recorded in <paramref name="annotationKey"/> of <paramref name="obj"/> (empty when absent).</summary>
    internal static HashSet<string> Keys(JsonObject obj, string annotationKey)
    {
        var value = JsonRead.StringMap(obj, "metadata", "annotations").GetValueOrDefault(annotationKey) ?? "";
        return [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries)];
    }
}
