using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ResourceSummary: allocatable, allocated and allocating resources of a member cluster.</summary>
public sealed record ResourceSummary
{
    [JsonPropertyName("allocatable")]
    public IReadOnlyDictionary<string, Quantity>? Allocatable { get; init; }

    [JsonPropertyName("allocating")]
    public IReadOnlyDictionary<string, Quantity>? Allocating { get; init; }

    [JsonPropertyName("allocated")]
    public IReadOnlyDictionary<string, Quantity>? Allocated { get; init; }

    [JsonPropertyName("allocatableModelings")]
    public IReadOnlyList<AllocatableModeling>? AllocatableModelings { get; init; }
}
