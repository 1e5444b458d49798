using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>workv1alpha2.SchedulePriority: the resolved scheduling priority of a binding.</summary>
public sealed record BindingSchedulePriority
{
    [JsonPropertyName("priority")]
    public int? Priority { get; init; }
}
