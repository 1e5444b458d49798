using System.Text.Json;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// What a binding aggregates from one of its Works: the Applied condition and the first manifest's
/// reflected status and health, read from the stored Work without parsing its manifests into nodes.
/// </summary>
public static class WorkStatusItem
{
    public static AggregatedStatusItem Read(StoredObject work, string cluster)
    {
        using var document = JsonDocument.Parse(work.Json);
        var root = document.RootElement;
        JsonElement? applied = null;
        if (StoredJsonPath.TryGet(root, ["status", "conditions"], out var conditions) && conditions.ValueKind == JsonValueKind.Array)
        {
            foreach (var condition in conditions.EnumerateArray())
            {
                if (StoredJsonPath.String(condition, "type") == "Applied")
                {
                    applied = condition;
                    break;
                }
            }
        }

        JsonElement? manifest = null;
        if (StoredJsonPath.TryGet(root, ["status", "manifestStatuses"], out var manifests) && manifests.ValueKind == JsonValueKind.Array && manifests.GetArrayLength() > 0)
        {
            manifest = manifests[0];
        }

        var isApplied = applied is { } a && StoredJsonPath.String(a, "status") == ConditionStatus.True;
        return new AggregatedStatusItem
        {
            ClusterName = cluster,
            Applied = isApplied,
            AppliedMessage = isApplied || applied is not { } failed ? null : StoredJsonPath.String(failed, "message"),
            // The document is disposed on return: the reflected status is copied out of it.
            Status = manifest is { } m && StoredJsonPath.TryGet(m, ["status"], out var status) && status.ValueKind != JsonValueKind.Null ? status.Clone() : null,
            Health = (manifest is { } h ? StoredJsonPath.String(h, "health") : null) ?? "Unknown",
        };
    }
}
