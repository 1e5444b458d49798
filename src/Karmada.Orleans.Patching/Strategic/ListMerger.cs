using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;
using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.Strategic;

/// <summary>
/// Lists whose patch strategy is "merge": object items are matched by the merge key and merged (or deleted by a
/// <c>{"$patch":"delete"}</c> item, or the whole list replaced by a <c>{"$patch":"replace"}</c> item); scalar items
/// form a set (union). Every other list is replaced by the patch's.
/// </summary>
internal static class ListMerger
{
    public static JsonArray Merge(JsonArray original, JsonArray patch, SchemaNode schema, string field)
    {
        if (patch.Any(item => item is JsonArray))
        {
            throw StrategicPatchErrors.ListOfLists();
        }

        var isMapList = original.Any(item => item is JsonObject) || patch.Any(item => item is JsonObject);
        var items = original.ToList();
        original.Clear();
        return isMapList ? MergeMaps(items, patch, schema, field) : MergeScalars(items, patch);
    }

    /// <summary>A list that is not merged: the patch's items, with directives and nulls stripped from objects.</summary>
    public static JsonArray Replace(JsonArray patch, SchemaNode schema)
    {
        var result = new List<JsonNode?>();
        foreach (var item in patch)
        {
            if (item is JsonObject map)
            {
                if (StrategicMerger.MergeMap([], map, schema.Items) is { } cleaned)
                {
                    result.Add(cleaned);
                }
            }
            else
            {
                result.Add(JsonKinds.Clone(item));
            }
        }

        return ToArray(result);
    }

    public static JsonArray ToArray(IEnumerable<JsonNode?> items) => new([.. items]);

    private static JsonArray MergeScalars(List<JsonNode?> original, JsonArray patch)
    {
        var serverOrder = original.ToList();
        var merged = new List<JsonNode?>();
        foreach (var item in original.Concat(patch.Select(JsonKinds.Clone)))
        {
            if (!merged.Any(existing => JsonEquality.Equal(existing, item)))
            {
                merged.Add(item);
            }
        }

        return ToArray(ElementOrder.Normalize(merged, patch.ToList(), serverOrder, mergeKey: null));
    }

    private static JsonArray MergeMaps(List<JsonNode?> items, JsonArray patch, SchemaNode schema, string field)
    {
        var mergeKey = schema.PatchMergeKey ?? throw StrategicPatchErrors.NoMergeKeyDeclared(field);
        var plain = new List<JsonObject>();
        var replace = false;
        foreach (var element in patch)
        {
            if (element is not JsonObject item)
            {
                throw StrategicPatchErrors.NoMergeKey(element, mergeKey);
            }

            if (!item.TryGetPropertyValue(Directives.Patch, out var directive))
            {
                plain.Add(item);
                continue;
            }

            JsonKinds.TryGetString(directive, out var kind);
            switch (kind)
            {
                case Directives.Delete:
                    if (!item.ContainsKey(mergeKey))
                    {
                        throw StrategicPatchErrors.NoMergeKey(item, mergeKey);
                    }

                    items.RemoveAll(existing => ElementOrder.SameItem(existing, item, mergeKey));
                    break;
                case Directives.Replace:
                    replace = true;
                    break;
                case Directives.Merge:
                    throw StrategicPatchErrors.MergeDirectiveInList();
                default:
                    throw StrategicPatchErrors.BadPatchType(directive, item);
            }
        }

        if (replace)
        {
            return ToArray(plain.Select(item => StrategicMerger.MergeMap([], item, schema.Items)).OfType<JsonObject>());
        }

        var serverOrder = items.ToList();
        foreach (var item in plain)
        {
            if (!item.ContainsKey(mergeKey))
            {
                throw StrategicPatchErrors.NoMergeKey(item, mergeKey);
            }

            var index = items.FindIndex(existing => ElementOrder.SameItem(existing, item, mergeKey));
            if (index < 0)
            {
                if (StrategicMerger.MergeMap([], item, schema.Items) is { } added)
                {
                    items.Add(added);
                }

                continue;
            }

            var merged = StrategicMerger.MergeMap((JsonObject)items[index]!, item, schema.Items);
            if (merged is null)
            {
                items.RemoveAt(index);
            }
            else
            {
                items[index] = merged;
            }
        }

        return ToArray(ElementOrder.Normalize(items, [.. plain], serverOrder, mergeKey));
    }
}
