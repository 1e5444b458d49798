using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Storage;

/// <summary>
/// Compares a mutable JSON tree with a read-only element as JSON values (member order does not
/// matter), so an update can be checked against the stored version without serializing and
/// parsing it first.
/// </summary>
public static class JsonNodeEquality
{
    public static bool Same(JsonNode? node, JsonElement element)
    {
        switch (node)
        {
            case null:
                return element.ValueKind == JsonValueKind.Null;
            case JsonObject obj:
                return element.ValueKind == JsonValueKind.Object && SameMembers(obj, element, static _ => false);
            case JsonArray array:
                if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != array.Count)
                {
                    return false;
                }

                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (!Same(array[i++], item))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return SameValue(node.AsValue(), element);
        }
    }

    /// <summary>The same members with the same values, ignoring the names <paramref name="skip"/> picks.</summary>
    public static bool SameMembers(JsonObject obj, JsonElement element, Func<string, bool> skip)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var count = 0;
        for (var i = 0; i < obj.Count; i++)
        {
            // By index: enumerating a JsonObject allocates an enumerator, and this runs on every update.
            var (name, value) = obj.GetAt(i);
            if (skip(name))
            {
                continue;
            }

            count++;
            if (!element.TryGetProperty(name, out var other) || !Same(value, other))
            {
                return false;
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!skip(property.Name))
            {
                count--;
            }
        }

        return count == 0;
    }

    private static bool SameValue(JsonValue value, JsonElement element)
    {
        if (value.TryGetValue<JsonElement>(out var parsed))
        {
            return JsonElement.DeepEquals(parsed, element);
        }

        var kind = value.GetValueKind();
        if (kind != element.ValueKind)
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => true,
            JsonValueKind.String when value.TryGetValue<string>(out var text) => element.ValueEquals(text),
            JsonValueKind.Number when WholeNumber(value) is { } whole && element.TryGetInt64(out var stored) => stored == whole,
            // Other numbers (and anything else held as a .NET value) compare as JSON, as the stored version would.
            _ => JsonElement.DeepEquals(JsonElement.Parse(value.ToJsonString()), element),
        };
    }

    private static long? WholeNumber(JsonValue value) =>
        value.TryGetValue<int>(out var small) ? small : value.TryGetValue<long>(out var large) ? large : null;
}
