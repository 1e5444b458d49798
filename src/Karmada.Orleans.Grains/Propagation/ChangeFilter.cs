using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>Which store changes controllers must react to: not their own status writes.</summary>
public static class ChangeFilter
{
    /// <summary>True unless only status (or bookkeeping such as resourceVersion and managedFields) changed.</summary>
    public static bool DesiredStateChanged(WatchEvent e)
    {
        if (e.Type != WatchEventType.Modified || e.Previous is null || e.Object is null)
        {
            return true;
        }

        return !JsonNode.DeepEquals(Desired(e.Object.ToJsonObject()), Desired(e.Previous.ToJsonObject()));
    }

    /// <summary>True when status changed.</summary>
    public static bool StatusChanged(WatchEvent e) =>
        e.Previous is null || e.Object is null || !JsonNode.DeepEquals(e.Object.ToJsonObject()["status"], e.Previous.ToJsonObject()["status"]);

    private static JsonObject Desired(JsonObject obj)
    {
        obj.Remove("status");
        if (obj["metadata"] is JsonObject metadata)
        {
            metadata.Remove("resourceVersion");
            metadata.Remove("managedFields");
        }

        return obj;
    }
}
