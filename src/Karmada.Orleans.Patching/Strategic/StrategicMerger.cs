using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;
using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.Strategic;

/// <summary>
/// Merges a strategic merge patch into a (copied, mutable) object, field by field, with the patch strategy and merge
/// key of each field taken from the schema. A missing original value is merged as if empty, which also strips
/// directives and nulls from new subtrees.
/// </summary>
internal static class StrategicMerger
{
    /// <summary>Returns the merged map, or null when the patch says <c>$patch: delete</c>.</summary>
    public static JsonObject? MergeMap(JsonObject original, JsonObject patch, SchemaNode schema)
    {
        if (patch.TryGetPropertyValue(Directives.Patch, out var directive))
        {
            return MapDirective(directive, patch, schema);
        }

        ApplyRetainKeys(original, patch);
        var ordered = ApplySetElementOrder(original, patch, schema);

        foreach (var (key, value) in patch)
        {
            if (key == Directives.RetainKeys || key.StartsWith(Directives.SetElementOrderPrefix, StringComparison.Ordinal) || ordered.Contains(key))
            {
                continue;
            }

            if (key.StartsWith(Directives.DeleteFromPrimitiveListPrefix, StringComparison.Ordinal))
            {
                DeleteFromPrimitiveList(original, key[Directives.DeleteFromPrimitiveListPrefix.Length..], value);
                continue;
            }

            if (JsonEquality.IsNull(value))
            {
                original.Remove(key);
                continue;
            }

            var current = original[key];
            var merged = MergeValue(current, value, schema.Member(key).Node, key);
            if (merged is null)
            {
                original.Remove(key);
            }
            else if (!ReferenceEquals(merged, current))
            {
                original[key] = merged;
            }
        }

        return original;
    }

    private static JsonNode? MergeValue(JsonNode? original, JsonNode? patch, SchemaNode schema, string field)
    {
        switch (patch)
        {
            case JsonObject patchMap:
                return MergeMap(original as JsonObject ?? [], patchMap, schema);
            case JsonArray patchList:
                return schema.MergesList ? ListMerger.Merge(original as JsonArray ?? [], patchList, schema, field) : ListMerger.Replace(patchList, schema);
            default:
                return JsonKinds.Clone(patch);
        }
    }

    private static JsonObject? MapDirective(JsonNode? directive, JsonObject patch, SchemaNode schema)
    {
        JsonKinds.TryGetString(directive, out var kind);
        switch (kind)
        {
            case Directives.Replace:
                var replacement = new JsonObject();
                foreach (var (key, value) in patch)
                {
                    if (key != Directives.Patch)
                    {
                        replacement[key] = JsonKinds.Clone(value);
                    }
                }

                return replacement;
            case Directives.Delete:
                return null;
            default:
                throw StrategicPatchErrors.BadPatchType(directive, patch);
        }
    }

    // $retainKeys clears every original key it does not list; a patch setting an unlisted key is malformed.
    private static void ApplyRetainKeys(JsonObject original, JsonObject patch)
    {
        if (!patch.TryGetPropertyValue(Directives.RetainKeys, out var retain))
        {
            return;
        }

        if (retain is not JsonArray list)
        {
            throw StrategicPatchErrors.RetainKeysFormat();
        }

        var keep = list.Select(k => JsonKinds.TryGetString(k, out var s) ? s : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (key, value) in patch)
        {
            if (key == Directives.RetainKeys || JsonEquality.IsNull(value)
                || key.StartsWith(Directives.DeleteFromPrimitiveListPrefix, StringComparison.Ordinal)
                || key.StartsWith(Directives.SetElementOrderPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (!keep.Contains(key))
            {
                throw StrategicPatchErrors.RetainKeysFormat();
            }
        }

        foreach (var key in original.Select(p => p.Key).Where(k => !keep.Contains(k)).ToList())
        {
            original.Remove(key);
        }
    }

    // Lists named by $setElementOrder are merged here, then put in the order the directive gives.
    private static HashSet<string> ApplySetElementOrder(JsonObject original, JsonObject patch, SchemaNode schema)
    {
        var handled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in patch)
        {
            if (!key.StartsWith(Directives.SetElementOrderPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (value is not JsonArray order)
            {
                throw StrategicPatchErrors.SetElementOrderFormat();
            }

            var field = key[Directives.SetElementOrderPrefix.Length..];
            var fieldSchema = schema.Member(field).Node;
            var mergeKey = fieldSchema.PatchMergeKey;
            var originalList = original[field] as JsonArray ?? [];
            var serverOrder = originalList.Select(JsonKinds.Clone).ToList();
            var patchList = patch[field] as JsonArray ?? [];
            ElementOrder.Validate(patchList, order, mergeKey);
            handled.Add(field);

            JsonArray merged;
            if (patchList.Count == 0)
            {
                merged = originalList;
            }
            else
            {
                merged = fieldSchema.MergesList ? ListMerger.Merge(originalList, patchList, fieldSchema, field) : ListMerger.Replace(patchList, fieldSchema);
            }

            if (merged.Count == 0)
            {
                original.Remove(field);
                continue;
            }

            var items = merged.ToList();
            merged.Clear();
            original[field] = ListMerger.ToArray(ElementOrder.Normalize(items, order.ToList(), serverOrder, mergeKey));
        }

        return handled;
    }

    private static void DeleteFromPrimitiveList(JsonObject original, string field, JsonNode? values)
    {
        if (values is not JsonArray toDelete)
        {
            throw StrategicPatchErrors.PrimitiveListFormat();
        }

        if (original[field] is not JsonArray list)
        {
            return;
        }

        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (toDelete.Any(v => JsonEquality.Equal(v, list[i])))
            {
                list.RemoveAt(i);
            }
        }

        if (list.Count == 0)
        {
            original.Remove(field);
        }
    }
}
