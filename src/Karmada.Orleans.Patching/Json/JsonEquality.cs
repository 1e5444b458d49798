using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Patching.Json;

/// <summary>
/// Structural equality of JSON values: objects ignore property order, numbers compare by value (1 == 1.0),
/// and a JSON null equals a missing node. Used by the JSON patch <c>test</c> op and by field ownership.
/// </summary>
internal static class JsonEquality
{
    public static bool Equal(JsonNode? left, JsonNode? right)
    {
        switch (left, right)
        {
            case (null, null):
                return true;
            case (JsonObject l, JsonObject r):
                if (l.Count != r.Count)
                {
                    return false;
                }

                foreach (var (key, value) in l)
                {
                    if (!r.TryGetPropertyValue(key, out var other) || !Equal(value, other))
                    {
                        return false;
                    }
                }

                return true;
            case (JsonArray l, JsonArray r):
                if (l.Count != r.Count)
                {
                    return false;
                }

                for (var i = 0; i < l.Count; i++)
                {
                    if (!Equal(l[i], r[i]))
                    {
                        return false;
                    }
                }

                return true;
            case (JsonValue l, JsonValue r):
                return ValuesEqual(l, r);
            default:
                return IsNull(left) && IsNull(right);
        }
    }

    public static bool IsNull(JsonNode? node) => node is null || (node is JsonValue v && v.GetValueKind() == JsonValueKind.Null);

    private static bool ValuesEqual(JsonValue left, JsonValue right)
    {
        var kind = left.GetValueKind();
        var otherKind = right.GetValueKind();
        if (kind != otherKind)
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.String => left.GetValue<string>() == right.GetValue<string>(),
            JsonValueKind.Number => NumberEqual(left, right),
            _ => true,
        };
    }

    private static bool NumberEqual(JsonValue left, JsonValue right)
    {
        var l = left.ToJsonString();
        var r = right.ToJsonString();
        if (l == r)
        {
            return true;
        }

        if (decimal.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var ld)
            && decimal.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out var rd))
        {
            return ld == rd;
        }

        return double.Parse(l, CultureInfo.InvariantCulture) == double.Parse(r, CultureInfo.InvariantCulture);
    }
}
