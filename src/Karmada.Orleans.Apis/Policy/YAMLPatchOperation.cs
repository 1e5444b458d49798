using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>YAMLPatchOperation: one patch operation on an embedded YAML document.</summary>
public sealed record YAMLPatchOperation
{
    [JsonPropertyName("subPath")]
    public string SubPath { get; init; } = "";

    [JsonPropertyName("operator")]
    public string Operator { get; init; } = "";

    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }
}
