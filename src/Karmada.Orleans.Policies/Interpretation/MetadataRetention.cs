namespace Karmada.Orleans.Policies;

/// <summary>
/// The metadata every update to a member keeps from the member's object, whatever the kind:
/// <list type="bullet">
/// <item>resourceVersion, so the update is not rejected as a conflict;</item>
/// <item>finalizers and ownerReferences, which member controllers set;</item>
/// <item>labels and annotations the member added; a key the control plane sets wins, and a key the
/// control plane once set (recorded in the managed-labels / managed-annotations annotation of the
/// member's object) but no longer does is removed.</item>
/// </list>
/// </summary>
internal static class MetadataRetention
{
    public static void Retain(JsonObject desired, JsonObject observed)
    {
        var desiredMeta = JsonWrite.Ensure(desired, "metadata");
        var observedMeta = JsonRead.Object(observed, "metadata");
        CopyOrRemove(desiredMeta, observedMeta, "resourceVersion");
        CopyOrRemove(desiredMeta, observedMeta, "finalizers");
        CopyOrRemove(desiredMeta, observedMeta, "ownerReferences");
        RetainMap(desired, observed, "labels", ManagedMetadata.ManagedLabels);
        RetainMap(desired, observed, "annotations", ManagedMetadata.ManagedAnnotations);
    }

    private static void CopyOrRemove(JsonObject desiredMeta, JsonObject? observedMeta, string field)
    {
        if (observedMeta?[field] is { } value)
        {
            desiredMeta[field] = value.DeepClone();
        }
        else
        {
            desiredMeta.Remove(field);
        }
    }

    private static void RetainMap(JsonObject desired, JsonObject observed, string field, string managedKey)
    {
        var observedMap = JsonRead.StringMap(observed, "metadata", field);
        if (observedMap.Count == 0)
        {
            return;
        }

        // Keys the control plane managed before and has since removed from the template.
        var deleted = ManagedMetadata.Keys(observed, managedKey);
        deleted.ExceptWith(ManagedMetadata.Keys(desired, managedKey));

        var desiredMap = JsonRead.Object(desired, "metadata", field);
        foreach (var (key, value) in observedMap)
        {
            if (deleted.Contains(key) || desiredMap?.ContainsKey(key) == true)
            {
                continue;
            }

            desiredMap ??= JsonWrite.Ensure(desired, "metadata", field);
            desiredMap[key] = value;
        }
    }
}
