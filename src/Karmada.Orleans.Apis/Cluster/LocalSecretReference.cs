using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>LocalSecretReference: a Secret in the Karmada control plane.</summary>
public sealed record LocalSecretReference
{
    [JsonPropertyName("namespace")]
    public string Namespace { get; init; } = "";

    [JsonPropertyName("name")]
    public string Name { get; init; } = "";
}
