using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>WorkStatus: conditions (Applied, Available, Degraded, Dispatching) and per-manifest status.</summary>
public sealed record WorkStatus
{
    [JsonPropertyName("conditions")]
    public IReadOnlyList<Condition>? Conditions { get; init; }

    [JsonPropertyName("manifestStatuses")]
    public IReadOnlyList<ManifestStatus>? ManifestStatuses { get; init; }
}
