using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>WorkloadTemplate: the raw manifests of a Work.</summary>
public sealed record WorkloadTemplate
{
    [JsonPropertyName("manifests")]
    public IReadOnlyList<JsonElement>? Manifests { get; init; }
}
