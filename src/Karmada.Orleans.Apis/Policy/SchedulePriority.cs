using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>SchedulePriority: where the scheduling priority of a policy's bindings comes from.</summary>
public sealed record SchedulePriority
{
    [JsonPropertyName("priorityClassSource")]
    public string PriorityClassSource { get; init; } = "";

    [JsonPropertyName("priorityClassName")]
    public string PriorityClassName { get; init; } = "";
}
