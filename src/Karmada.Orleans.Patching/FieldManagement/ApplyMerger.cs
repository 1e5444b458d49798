using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;
using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// Merges an applied configuration into the live object: objects key by key, sets and associative lists item by
/// item (live order kept, new items appended in configuration order), everything else replaced.
/// </summary>
internal static class ApplyMerger
{
    public static JsonObject Merge(JsonObject live, JsonObject config, SchemaNode schema)
        => (JsonObject)MergeValue(live, config, schema)!;

    private static JsonNode? MergeValue(JsonNode? live, JsonNode? config, SchemaNode schema)
    {
        switch (Typed.Classify(schema, config))
        {
            case Traversal.Object when live is JsonObject liveObject:
                var merged = (JsonObject)liveObject.DeepClone();
                foreach (var child in Typed.Members((JsonObject)config!, schema))
                {
                    var name = child.Element.FieldName!;
                    merged[name] = merged.TryGetPropertyValue(name, out var existing)
                        ? MergeValue(existing, child.Value, child.Schema)
                        : JsonKinds.Clone(child.Value);
                }

                return merged;
            case Traversal.List when live is JsonArray liveList:
                var liveItems = Typed.Items(liveList, schema, out _);
                var configItems = Typed.Items((JsonArray)config!, schema, out _);
                if (liveItems is null || configItems is null)
                {
                    return JsonKinds.Clone(config);
                }

                var fromConfig = configItems.ToDictionary(i => i.Element);
                var result = new JsonArray();
                foreach (var item in liveItems)
                {
                    result.Add(fromConfig.TryGetValue(item.Element, out var update) ? MergeValue(item.Value, update.Value, item.Schema) : JsonKinds.Clone(item.Value));
                }

                var inLive = liveItems.Select(i => i.Element).ToHashSet();
                foreach (var item in configItems.Where(i => !inLive.Contains(i.Element)))
                {
                    result.Add(JsonKinds.Clone(item.Value));
                }

                return result;
            default:
                return JsonKinds.Clone(config);
        }
    }
}
