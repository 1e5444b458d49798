using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Patching.Json;

/// <summary>
/// Renders JSON the way Go's <c>%v</c> prints decoded JSON (<c>map[k:v]</c>, <c>[a b]</c>, <c>&lt;nil&gt;</c>),
/// so error messages read exactly like kube-apiserver's.
/// </summary>
internal static class GoFormat
{
    public static string Value(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    /// <summary>Go's <c>%v</c> of a float64 decoded from JSON.</summary>
    public static string Number(JsonNode number)
    {
        var text = number.ToJsonString();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return text;
        }

        if (Math.Abs(d) < 1e21 && d == Math.Floor(d))
        {
            return d.ToString("0", CultureInfo.InvariantCulture);
        }

        return d.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');
    }

    private static void Write(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("<nil>");
                break;
            case JsonObject obj:
                builder.Append("map[");
                var first = true;
                foreach (var key in obj.Select(p => p.Key).Order(StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        builder.Append(' ');
                    }

                    first = false;
                    builder.Append(key).Append(':');
                    Write(builder, obj[key]);
                }

                builder.Append(']');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(' ');
                    }

                    Write(builder, array[i]);
                }

                builder.Append(']');
                break;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.String:
                        builder.Append(value.GetValue<string>());
                        break;
                    case JsonValueKind.Number:
                        builder.Append(Number(value));
                        break;
                    case JsonValueKind.True:
                        builder.Append("true");
                        break;
                    case JsonValueKind.False:
                        builder.Append("false");
                        break;
                    default:
                        builder.Append("<nil>");
                        break;
                }

                break;
        }
    }
}
