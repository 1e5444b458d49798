using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>APIEnablement: the resources a member cluster serves for one group-version.</summary>
public sealed record APIEnablement
{
    [JsonPropertyName("groupVersion")]
    public string GroupVersion { get; init; } = "";

    [JsonPropertyName("resources")]
    public IReadOnlyList<APIResource>? Resources { get; init; }
}
