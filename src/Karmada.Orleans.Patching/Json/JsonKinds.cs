using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Patching.Json;

/// <summary>Small queries on JSON nodes shared by every patch type.</summary>
internal static class JsonKinds
{
    public static JsonValueKind KindOf(JsonNode? node) => node switch
    {
        null => JsonValueKind.Null,
        JsonObject => JsonValueKind.Object,
        JsonArray => JsonValueKind.Array,
        JsonValue v => v.GetValueKind(),
        _ => JsonValueKind.Undefined,
    };

    public static bool TryGetString(JsonNode? node, out string value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        value = "";
        return false;
    }

    public static bool IsInteger(JsonNode? node)
        => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>A deep copy that tolerates null.</summary>
    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();
}
