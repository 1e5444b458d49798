using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ResourceSelector: selects resource templates by apiVersion/kind and optionally namespace, name or labels.</summary>
public sealed record ResourceSelector
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; init; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "";

    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("labelSelector")]
    public LabelSelector? LabelSelector { get; init; }
}
