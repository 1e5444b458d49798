using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Patching.Json;

/// <summary>
/// A total order on JSON values (numbers &lt; strings &lt; booleans &lt; arrays &lt; objects &lt; null, numbers by value)
/// and a canonical text (sorted keys, integral numbers without fraction) so equal values compare and hash equal.
/// This is the order managedFields entries are written in.
/// </summary>
internal static class JsonOrder
{
    public static int Compare(JsonNode? left, JsonNode? right)
    {
        var rank = Rank(left).CompareTo(Rank(right));
        if (rank != 0)
        {
            return rank;
        }

        switch (left)
        {
            case JsonObject l:
                var r = (JsonObject)right!;
                var lKeys = l.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
                var rKeys = r.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
                for (var i = 0; i < Math.Min(lKeys.Count, rKeys.Count); i++)
                {
                    var key = string.CompareOrdinal(lKeys[i], rKeys[i]);
                    if (key != 0)
                    {
                        return key;
                    }

                    var value = Compare(l[lKeys[i]], r[rKeys[i]]);
                    if (value != 0)
                    {
                        return value;
                    }
                }

                return lKeys.Count.CompareTo(rKeys.Count);
            case JsonArray la:
                var ra = (JsonArray)right!;
                for (var i = 0; i < Math.Min(la.Count, ra.Count); i++)
                {
                    var item = Compare(la[i], ra[i]);
                    if (item != 0)
                    {
                        return item;
                    }
                }

                return la.Count.CompareTo(ra.Count);
            case JsonValue lv:
                var rv = (JsonValue)right!;
                return lv.GetValueKind() switch
                {
                    JsonValueKind.Number => Number(lv).CompareTo(Number(rv)),
                    JsonValueKind.String => string.CompareOrdinal(lv.GetValue<string>(), rv.GetValue<string>()),
                    JsonValueKind.True or JsonValueKind.False => (lv.GetValueKind() == JsonValueKind.True).CompareTo(rv.GetValueKind() == JsonValueKind.True),
                    _ => 0,
                };
            default:
                return 0;
        }
    }

    /// <summary>Compact JSON with sorted keys and canonical numbers.</summary>
    public static string Canonical(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var key in obj.Select(p => p.Key).Order(StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    builder.Append(JsonText.Quote(key)).Append(':');
                    Write(builder, obj[key]);
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, array[i]);
                }

                builder.Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                builder.Append(GoFormat.Number(value));
                break;
            case null:
                builder.Append("null");
                break;
            default:
                builder.Append(node.ToJsonString(JsonText.Relaxed));
                break;
        }
    }

    private static int Rank(JsonNode? node) => JsonKinds.KindOf(node) switch
    {
        JsonValueKind.Number => 0,
        JsonValueKind.String => 1,
        JsonValueKind.True or JsonValueKind.False => 2,
        JsonValueKind.Array => 3,
        JsonValueKind.Object => 4,
        _ => 5,
    };

    private static double Number(JsonValue value) => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
