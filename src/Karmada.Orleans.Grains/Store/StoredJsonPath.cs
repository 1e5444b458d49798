using System.Text.Json;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Store;

/// <summary>Reads values at a path of object members from stored JSON, without parsing it into nodes.</summary>
public static class StoredJsonPath
{
    /// <summary>The element at <paramref name="path"/> (member names from <paramref name="root"/>), if every step is an object holding the next.</summary>
    public static bool TryGet(JsonElement root, ReadOnlySpan<string> path, out JsonElement element)
    {
        element = root;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The string at <paramref name="path"/>; null when it is missing or not a string.</summary>
    public static string? String(JsonElement root, params ReadOnlySpan<string> path) =>
        TryGet(root, path, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <inheritdoc cref="String(JsonElement, ReadOnlySpan{string})"/>
    public static string? String(StoredObject stored, params ReadOnlySpan<string> path)
    {
        using var document = JsonDocument.Parse(stored.Json);
        return String(document.RootElement, path);
    }
}
