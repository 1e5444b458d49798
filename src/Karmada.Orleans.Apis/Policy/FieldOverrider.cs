using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>FieldOverrider: patches a JSON or YAML document embedded in a string field.</summary>
public sealed record FieldOverrider
{
    [JsonPropertyName("fieldPath")]
    public string FieldPath { get; init; } = "";

    [JsonPropertyName("json")]
    public IReadOnlyList<JSONPatchOperation>? Json { get; init; }

    [JsonPropertyName("yaml")]
    public IReadOnlyList<YAMLPatchOperation>? Yaml { get; init; }
}
