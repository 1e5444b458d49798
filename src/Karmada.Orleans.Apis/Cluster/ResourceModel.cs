using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ResourceModel: one node grade of a cluster's resource model.</summary>
public sealed record ResourceModel
{
    [JsonPropertyName("grade")]
    public uint Grade { get; init; }

    [JsonPropertyName("ranges")]
    public IReadOnlyList<ResourceModelRange> Ranges { get; init; } = [];
}
