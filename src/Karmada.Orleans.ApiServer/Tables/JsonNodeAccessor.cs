using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.ApiServer.Tables;

/// <summary>Null-tolerant reads of nested fields, for printers.</summary>
public readonly struct JsonNodeAccessor(JsonObject obj)
{
    public JsonNode? Node(params string[] path)
    {
        JsonNode? node = obj;
        foreach (var part in path)
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node;
    }

    public string? String(params string[] path) => Node(path) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : Node(path)?.ToJsonString();

    public long? Long(params string[] path) => Node(path) is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var l) ? l
        : Node(path) is JsonValue d && d.GetValueKind() == JsonValueKind.Number ? (long)d.GetValue<double>() : null;

    public long LongOr0(params string[] path) => Long(path) ?? 0;

    public JsonArray Array(params string[] path) => Node(path) as JsonArray ?? [];

    public JsonObject Object(params string[] path) => Node(path) as JsonObject ?? [];

    public static string Join(IEnumerable<string?> values) => string.Join(",", values.Where(v => !string.IsNullOrEmpty(v)));

    public static string Selector(JsonObject? labels) => labels is null || labels.Count == 0 ? "<none>" : string.Join(",", labels.Select(kv => $"{kv.Key}={Scalar(kv.Value)}"));

    public static string Scalar(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
