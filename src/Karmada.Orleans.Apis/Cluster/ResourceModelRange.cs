using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ResourceModelRange: [min, max) of one resource for a grade.</summary>
public sealed record ResourceModelRange
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("min")]
    public Quantity Min { get; init; }

    [JsonPropertyName("max")]
    public Quantity Max { get; init; }
}
