using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>StatePreservation: state carried to the new cluster as labels.</summary>
public sealed record StatePreservation
{
    [JsonPropertyName("rules")]
    public IReadOnlyList<StatePreservationRule> Rules { get; init; } = [];
}
