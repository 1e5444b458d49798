using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>metav1.OwnerReference.</summary>
public sealed record OwnerReference
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; init; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "";

    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("uid")]
    public string Uid { get; init; } = "";

    [JsonPropertyName("controller")]
    public bool? Controller { get; init; }

    [JsonPropertyName("blockOwnerDeletion")]
    public bool? BlockOwnerDeletion { get; init; }
}
