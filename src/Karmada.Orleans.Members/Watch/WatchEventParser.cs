using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Members.Watch;

/// <summary>Parses one watch event (one JSON object, as the API server writes one per line).</summary>
public static class WatchEventParser
{
    private const int MaxShown = 200;

    public static WatchEvent Parse(ReadOnlySpan<byte> line)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException e)
        {
            throw new WatchFormatException($"watch event is not JSON ({e.Message}): {Shown(line)}", e);
        }

        if (node is not JsonObject json)
        {
            throw new WatchFormatException($"watch event is not a JSON object: {Shown(line)}");
        }

        var typeText = json["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        var type = typeText switch
        {
            "ADDED" => WatchEventType.Added,
            "MODIFIED" => WatchEventType.Modified,
            "DELETED" => WatchEventType.Deleted,
            "BOOKMARK" => WatchEventType.Bookmark,
            "ERROR" => WatchEventType.Error,
            null => throw new WatchFormatException($"watch event has no type: {Shown(line)}"),
            _ => throw new WatchFormatException($"watch event has unknown type \"{typeText}\""),
        };
        if (json["object"] is not JsonObject obj)
        {
            throw new WatchFormatException($"watch event {typeText} has no object: {Shown(line)}");
        }

        json.Remove("object");
        return new WatchEvent(type, obj);
    }

    private static string Shown(ReadOnlySpan<byte> line)
    {
        var text = Encoding.UTF8.GetString(line.Length > MaxShown ? line[..MaxShown] : line);
        return line.Length > MaxShown ? text + "…" : text;
    }
}
