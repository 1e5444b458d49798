using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Store;

/// <summary>
/// Whether parts of a stored object already equal the given nodes, compared as JSON values (member
/// order does not matter) over the stored bytes, without parsing the stored object into nodes.
/// </summary>
public static class StoredJsonEquality
{
    public static bool Same(StoredObject stored, params ReadOnlySpan<(string[] Path, JsonNode? Expected)> parts)
    {
        using var document = JsonDocument.Parse(stored.Json);
        foreach (var (path, expected) in parts)
        {
            if (!Same(document.RootElement, path, expected))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(JsonElement root, string[] path, JsonNode? expected)
    {
        if (!StoredJsonPath.TryGet(root, path, out var element))
        {
            return false;
        }

        if (expected is null)
        {
            return element.ValueKind == JsonValueKind.Null;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            expected.WriteTo(writer);
        }

        using var wanted = JsonDocument.Parse(buffer.WrittenMemory);
        return JsonElement.DeepEquals(element, wanted.RootElement);
    }
}
