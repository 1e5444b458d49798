using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>CommandArgsOverrider: adds or removes command/args entries of a named container.</summary>
public sealed record CommandArgsOverrider
{
    [JsonPropertyName("containerName")]
    public string ContainerName { get; init; } = "";

    [JsonPropertyName("operator")]
    public string Operator { get; init; } = "";

    [JsonPropertyName("value")]
    public IReadOnlyList<string>? Value { get; init; }
}
