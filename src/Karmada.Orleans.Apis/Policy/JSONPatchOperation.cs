using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>JSONPatchOperation: one patch operation on an embedded JSON document.</summary>
public sealed record JSONPatchOperation
{
    [JsonPropertyName("subPath")]
    public string SubPath { get; init; } = "";

    [JsonPropertyName("operator")]
    public string Operator { get; init; } = "";

    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }
}
