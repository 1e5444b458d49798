using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;
using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>How a value is walked under its schema.</summary>
internal enum Traversal
{
    /// <summary>Owned and compared as a whole: scalars, atomic lists and maps, untyped arrays, mismatched types.</summary>
    Leaf,

    /// <summary>Fields or map keys, each its own path element.</summary>
    Object,

    /// <summary>Items of a set or associative list, each identified by value or key.</summary>
    List,
}

/// <summary>One child of an object or list: its path element, value, schema and whether it is a declared struct field.</summary>
internal readonly record struct TypedChild(PathElement Element, JsonNode? Value, SchemaNode Schema, bool Declared);

/// <summary>The schema-driven view of JSON values that server-side apply walks.</summary>
internal static class Typed
{
    public static Traversal Classify(SchemaNode schema, JsonNode? value) => schema.Shape switch
    {
        NodeShape.Scalar => Traversal.Leaf,
        NodeShape.Struct or NodeShape.Map => !schema.IsAtomicObject && value is JsonObject ? Traversal.Object : Traversal.Leaf,
        NodeShape.List => schema.ListType != ListType.Atomic && value is JsonArray ? Traversal.List : Traversal.Leaf,
        _ => value is JsonObject ? Traversal.Object : Traversal.Leaf,
    };

    /// <summary>True when the schema makes this location a container whose null or absence owns nothing by itself.</summary>
    public static bool IsContainer(SchemaNode schema) => schema.Shape switch
    {
        NodeShape.Struct or NodeShape.Map => !schema.IsAtomicObject,
        NodeShape.List => schema.ListType != ListType.Atomic,
        _ => false,
    };

    public static IEnumerable<TypedChild> Members(JsonObject value, SchemaNode schema)
    {
        foreach (var (key, child) in value)
        {
            var (node, declared) = schema.Member(key);
            yield return new TypedChild(PathElement.Field(key), child, node, declared);
        }
    }

    /// <summary>The items of a set or associative list; null (with a reason) when they cannot all be identified.</summary>
    public static List<TypedChild>? Items(JsonArray list, SchemaNode schema, out string? error)
    {
        var items = new List<TypedChild>(list.Count);
        var seen = new HashSet<PathElement>();
        error = null;
        for (var i = 0; i < list.Count; i++)
        {
            var element = ItemElement(schema, list[i], out error);
            if (element is null)
            {
                error = $"element {i}: {error}";
                return null;
            }

            if (!seen.Add(element))
            {
                error = $"duplicate entries for key {element}";
                return null;
            }

            items.Add(new TypedChild(element, list[i], schema.Items, false));
        }

        return items;
    }

    public static bool IsEmptyContainer(JsonNode? value) => value switch
    {
        JsonObject obj => obj.Count == 0,
        JsonArray array => array.Count == 0,
        _ => JsonEquality.IsNull(value),
    };

    private static PathElement? ItemElement(SchemaNode list, JsonNode? item, out string? error)
    {
        error = null;
        if (list.ListType == ListType.Set)
        {
            if (item is JsonObject or JsonArray)
            {
                error = "set items must be scalars";
                return null;
            }

            return PathElement.ValueOf(item);
        }

        if (item is not JsonObject obj)
        {
            error = JsonEquality.IsNull(item) ? "associative list with keys may not have a null element" : "associative list with keys may not have non-map elements";
            return null;
        }

        var keys = list.ListMapKeys;
        if (keys.Count == 0)
        {
            error = "associative list without keys has an element that is a map type";
            return null;
        }

        var fields = new List<KeyValuePair<string, JsonNode?>>(keys.Count);
        foreach (var key in keys)
        {
            if (obj.TryGetPropertyValue(key, out var value) && !JsonEquality.IsNull(value))
            {
                fields.Add(KeyValuePair.Create(key, value));
            }
            else if (list.Items.DefaultOf(key) is { } fallback)
            {
                fields.Add(KeyValuePair.Create(key, (JsonNode?)fallback));
            }
            else
            {
                error = $"associative list with keys has an element that omits key field \"{key}\" (and doesn't have default value)";
                return null;
            }
        }

        return PathElement.KeyOf(fields);
    }
}
