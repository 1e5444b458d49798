using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Karmada.Orleans.ApiServer.Tables;

/// <summary>
/// The JSONPath subset CRD printer columns use: <c>.a.b</c>, <c>.a[0]</c>, <c>.a[*].b</c> and
/// filters <c>.a[?(@.type=="Ready")].status</c>. Returns every match in order.
/// </summary>
public static partial class JsonPath
{
    public static IReadOnlyList<JsonNode?> Evaluate(JsonNode? root, string path)
    {
        var text = path.Trim();
        if (text.StartsWith('{') && text.EndsWith('}'))
        {
            text = text[1..^1];
        }

        if (text.StartsWith('$'))
        {
            text = text[1..];
        }

        IEnumerable<JsonNode?> current = [root];
        foreach (Match step in Step().Matches(text))
        {
            if (step.Groups["field"].Success)
            {
                var field = step.Groups["field"].Value;
                current = current.Select(n => n is JsonObject o ? o[field] : null).Where(n => n is not null);
            }
            else if (step.Groups["index"].Success)
            {
                var index = step.Groups["index"].Value;
                current = current.SelectMany(n => n is JsonArray a
                    ? index == "*" ? a : int.TryParse(index, out var i) && i >= 0 && i < a.Count ? [a[i]] : []
                    : n is JsonObject o && index == "*" ? o.Select(kv => kv.Value) : []);
            }
            else
            {
                var key = step.Groups["fkey"].Value;
                var expected = step.Groups["fvalue"].Value;
                current = current.SelectMany(n => n is JsonArray a ? a : []).Where(item => item is JsonObject o && Text(o[key]) == expected);
            }
        }

        return current.ToList();
    }

    /// <summary>The cell value kube prints: one match as is, several joined by commas, none as null.</summary>
    public static JsonNode? Cell(JsonNode? root, string path, string type)
    {
        var matches = Evaluate(root, path);
        if (matches.Count == 0)
        {
            return null;
        }

        if (matches.Count == 1)
        {
            var node = matches[0];
            return node is JsonValue ? node.DeepClone() : node is null ? null : JsonValue.Create(node.ToJsonString());
        }

        return JsonValue.Create(string.Join(",", matches.Select(Text)));
    }

    private static string Text(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        null => "",
        _ => node.ToJsonString(),
    };

    [GeneratedRegex("""\.(?<field>[A-Za-z0-9_\-]+)|\[(?<index>\*|\d+)\]|\[\?\(@\.(?<fkey>[A-Za-z0-9_\-]+)\s*==\s*["'](?<fvalue>[^"']*)["']\)\]""")]
    private static partial Regex Step();
}
