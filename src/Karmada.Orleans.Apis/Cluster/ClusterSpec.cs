using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ClusterSpec: how to reach a member cluster and its topology (provider, region, zones), taints and resource models.</summary>
public sealed record ClusterSpec
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("syncMode")]
    public string SyncMode { get; init; } = "Push";

    [JsonPropertyName("apiEndpoint")]
    public string? ApiEndpoint { get; init; }

    [JsonPropertyName("secretRef")]
    public LocalSecretReference? SecretRef { get; init; }

    [JsonPropertyName("impersonatorSecretRef")]
    public LocalSecretReference? ImpersonatorSecretRef { get; init; }

    [JsonPropertyName("insecureSkipTLSVerification")]
    public bool? InsecureSkipTLSVerification { get; init; }

    [JsonPropertyName("proxyURL")]
    public string? ProxyURL { get; init; }

    [JsonPropertyName("proxyHeader")]
    public IReadOnlyDictionary<string, string>? ProxyHeader { get; init; }

    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    [JsonPropertyName("zone")]
    public string? Zone { get; init; }

    [JsonPropertyName("zones")]
    public IReadOnlyList<string>? Zones { get; init; }

    [JsonPropertyName("taints")]
    public IReadOnlyList<Taint>? Taints { get; init; }

    [JsonPropertyName("resourceModels")]
    public IReadOnlyList<ResourceModel>? ResourceModels { get; init; }
}
