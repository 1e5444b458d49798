using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>PlaintextOverrider: an RFC 6902 JSON patch operation on the whole object.</summary>
public sealed record PlaintextOverrider
{
    [JsonPropertyName("path")]
    public string Path { get; init; } = "";

    [JsonPropertyName("operator")]
    public string Operator { get; init; } = "";

    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }
}
