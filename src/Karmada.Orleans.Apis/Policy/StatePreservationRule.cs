using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>StatePreservationRule: a JSONPath into the failed cluster's status, injected as a label.</summary>
public sealed record StatePreservationRule
{
    [JsonPropertyName("aliasLabelName")]
    public string AliasLabelName { get; init; } = "";

    [JsonPropertyName("jsonPath")]
    public string JsonPath { get; init; } = "";
}
