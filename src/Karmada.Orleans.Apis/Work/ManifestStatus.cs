using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ManifestStatus: the reflected status and health of one manifest.</summary>
public sealed record ManifestStatus
{
    [JsonPropertyName("identifier")]
    public ResourceIdentifier Identifier { get; init; } = new();

    [JsonPropertyName("status")]
    public JsonElement? Status { get; init; }

    [JsonPropertyName("health")]
    public string? Health { get; init; }
}
