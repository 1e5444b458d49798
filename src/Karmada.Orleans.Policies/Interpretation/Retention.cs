namespace Karmada.Orleans.Policies;

/// <summary>
/// Retain: the object to send to a member when updating it, the desired manifest with what the
/// member owns taken from its observed object: metadata (<see cref="MetadataRetention"/>), the
/// fields of particular kinds (<see cref="KindRetention"/>), and the status, which an update from the
/// control plane never changes.
/// </summary>
internal static class Retention
{
    public static JsonObject Retain(JsonObject desired, JsonObject observed)
    {
        var retained = (JsonObject)desired.DeepClone();
        MetadataRetention.Retain(retained, observed);
        KindRetention.Retain(NativeKinds.Of(retained), retained, observed);
        if (observed["status"] is { } status)
        {
            retained["status"] = status.DeepClone();
        }
        else
        {
            retained.Remove("status");
        }

        return retained;
    }
}
