using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>TypeMeta + ObjectMeta shared by every top-level Kubernetes object.</summary>
public abstract record KubernetesObject
{
    [JsonPropertyName("apiVersion")]
    [JsonPropertyOrder(-3)]
    public string? ApiVersion { get; init; }

    [JsonPropertyName("kind")]
    [JsonPropertyOrder(-2)]
    public string? Kind { get; init; }

    [JsonPropertyName("metadata")]
    [JsonPropertyOrder(-1)]
    public ObjectMeta Metadata { get; init; } = new();
}
