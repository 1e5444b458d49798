using System.Globalization;
using System.Text.Json;

namespace Karmada.Orleans.Policies;

/// <summary>
/// Reads Kubernetes objects held as JSON nodes the way Go's typed conversion does: a missing or null
/// field is the zero value, a field of the wrong JSON type is an error.
/// </summary>
internal static class JsonRead
{
    public static JsonNode? At(JsonNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not JsonObject obj)
            {
                return null;
            }

            node = obj[key];
        }

        return node;
    }

    public static JsonObject? Object(JsonNode? node, params string[] path) => At(node, path) switch
    {
        null => null,
        JsonObject obj => obj,
        var other => throw Wrong(other, "object", path),
    };

    public static JsonArray? Array(JsonNode? node, params string[] path) => At(node, path) switch
    {
        null => null,
        JsonArray array => array,
        var other => throw Wrong(other, "array", path),
    };

    /// <summary>The objects of an array field, skipping JSON nulls.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node, params string[] path)
    {
        foreach (var item in Array(node, path) ?? [])
        {
            switch (item)
            {
                case null:
                    continue;
                case JsonObject obj:
                    yield return obj;
                    break;
                default:
                    throw Wrong(item, "object", path);
            }
        }
    }

    public static string? String(JsonNode? node, params string[] path)
    {
        var value = At(node, path);
        if (value is null)
        {
            return null;
        }

        return value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw Wrong(value, "string", path);
    }

    public static long? Integer(JsonNode? node, params string[] path)
    {
        var value = At(node, path);
        if (value is null)
        {
            return null;
        }

        if (Number(value) is { } number && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue)
        {
            return (long)number;
        }

        throw Wrong(value, "integer", path);
    }

    /// <summary>The value of a JSON number, whatever CLR type backs the node; null for anything else.</summary>
    public static decimal? Number(JsonNode? node)
        => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static long IntegerOrZero(JsonNode? node, params string[] path) => Integer(node, path) ?? 0;

    public static bool? Boolean(JsonNode? node, params string[] path)
    {
        var value = At(node, path);
        return value switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
            JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
            _ => throw Wrong(value, "boolean", path),
        };
    }

    /// <summary>A metav1.Time field (RFC 3339), or null when unset.</summary>
    public static DateTimeOffset? Time(JsonNode? node, params string[] path)
    {
        var text = String(node, path);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new InterpretationException($"invalid time \"{text}\" at {string.Join('.', path)}");
    }

    /// <summary>A string map (labels, annotations, nodeSelector); values that are not strings are an error.</summary>
    public static Dictionary<string, string> StringMap(JsonNode? node, params string[] path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Object(node, path) ?? [])
        {
            if (value is null)
            {
                continue;
            }

            map[key] = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw Wrong(value, "string", [.. path, key]);
        }

        return map;
    }

    public static string ApiVersion(JsonObject obj) => obj["apiVersion"].AsString() ?? "";

    public static string Kind(JsonObject obj) => obj["kind"].AsString() ?? "";

    public static string Namespace(JsonObject obj) => (obj["metadata"] as JsonObject)?["namespace"].AsString() ?? "";

    public static string Name(JsonObject obj) => (obj["metadata"] as JsonObject)?["name"].AsString() ?? "";

    private static InterpretationException Wrong(JsonNode node, string expected, string[] path)
        => new($"expected {expected} at {string.Join('.', path)}, found {node.GetValueKind()}");
}
