using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>workv1alpha2.Suspension: policy suspension plus suspension of scheduling.</summary>
public sealed record BindingSuspension : Suspension
{
    [JsonPropertyName("scheduling")]
    public bool? Scheduling { get; init; }
}
