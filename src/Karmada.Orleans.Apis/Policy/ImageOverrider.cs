using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ImageOverrider: changes the registry, repository or tag of container images.</summary>
public sealed record ImageOverrider
{
    [JsonPropertyName("predicate")]
    public ImagePredicate? Predicate { get; init; }

    [JsonPropertyName("component")]
    public string Component { get; init; } = "";

    [JsonPropertyName("operator")]
    public string Operator { get; init; } = "";

    [JsonPropertyName("value")]
    public string? Value { get; init; }
}
