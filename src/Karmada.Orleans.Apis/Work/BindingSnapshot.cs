using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>BindingSnapshot: a binding that requires this (dependency) binding, with its clusters.</summary>
public sealed record BindingSnapshot
{
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("clusters")]
    public IReadOnlyList<TargetCluster>? Clusters { get; init; }
}
