using System.Text.Json;

namespace Karmada.Orleans.Policies;

internal static class JsonNodeExtensions
{
    /// <summary>The string value of <paramref name="node"/>, or null when it is not a JSON string.</summary>
    public static string? AsString(this JsonNode? node)
        => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>A policy's raw JSON value as a node (a missing value is JSON null).</summary>
    public static JsonNode? ToNode(this JsonElement? element)
        => element is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } e ? JsonNode.Parse(e.GetRawText()) : null;
}
