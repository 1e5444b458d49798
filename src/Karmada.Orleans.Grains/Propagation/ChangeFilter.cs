using System.Text.Json;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// Which store changes controllers must react to: not their own status writes. Compares the stored
/// JSON of both versions read-only (no mutable trees), since every change passes through here.
/// </summary>
public static class ChangeFilter
{
    /// <summary>True unless only status (or bookkeeping such as resourceVersion and managedFields) changed.</summary>
    public static bool DesiredStateChanged(WatchEvent e) => Classify(e).DesiredChanged;

    /// <summary>True when status changed.</summary>
    public static bool StatusChanged(WatchEvent e) => Classify(e).StatusChanged;

    /// <summary>Both answers from one read of each version.</summary>
    public static (bool DesiredChanged, bool StatusChanged) Classify(WatchEvent e)
    {
        if (e.Object is null)
        {
            return (true, true);
        }

        if (e.Previous is null)
        {
            // A new object: its status is news only when it was created with one.
            using var created = JsonDocument.Parse(e.Object.Json);
            return (true, Property(created.RootElement, "status").ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null));
        }

        using var current = JsonDocument.Parse(e.Object.Json);
        using var previous = JsonDocument.Parse(e.Previous.Json);
        var status = !Same(Property(current.RootElement, "status"), Property(previous.RootElement, "status"));
        var desired = e.Type != WatchEventType.Modified || !SameExcept(current.RootElement, previous.RootElement, "status", "metadata")
            || !SameExcept(Property(current.RootElement, "metadata"), Property(previous.RootElement, "metadata"), "resourceVersion", "managedFields");
        return (desired, status);
    }

    private static JsonElement Property(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : default;

    /// <summary>Deep equality where a missing member and null are the same.</summary>
    private static bool Same(JsonElement a, JsonElement b)
    {
        var aMissing = a.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;
        var bMissing = b.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;
        return aMissing || bMissing ? aMissing && bMissing : JsonElement.DeepEquals(a, b);
    }

    /// <summary>Whether two objects have the same members, ignoring two names.</summary>
    private static bool SameExcept(JsonElement a, JsonElement b, string skip1, string skip2)
    {
        if (a.ValueKind != JsonValueKind.Object || b.ValueKind != JsonValueKind.Object)
        {
            return Same(a, b);
        }

        var count = 0;
        foreach (var member in a.EnumerateObject())
        {
            if (member.NameEquals(skip1) || member.NameEquals(skip2))
            {
                continue;
            }

            count++;
            if (!b.TryGetProperty(member.Name, out var other) || !Same(member.Value, other))
            {
                return false;
            }
        }

        foreach (var member in b.EnumerateObject())
        {
            if (!member.NameEquals(skip1) && !member.NameEquals(skip2))
            {
                count--;
            }
        }

        return count == 0;
    }
}
