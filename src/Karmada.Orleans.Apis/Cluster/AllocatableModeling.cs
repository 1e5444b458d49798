using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>AllocatableModeling: how many nodes of a resource-model grade the cluster has.</summary>
public sealed record AllocatableModeling
{
    [JsonPropertyName("grade")]
    public uint Grade { get; init; }

    [JsonPropertyName("count")]
    public int Count { get; init; }
}
