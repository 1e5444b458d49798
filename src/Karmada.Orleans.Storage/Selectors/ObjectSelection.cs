using System.Text.Json;

namespace Karmada.Orleans.Storage.Selectors;

/// <summary>
/// Whether a stored object is selected by a list's or watch's label and field selectors, read from
/// its bytes: labels are scanned once per stored version (and remembered on it), fields are looked
/// up in a read-only document. Every watcher with a selector checks every change of its resource,
/// so this stays away from building a mutable copy of the object.
/// </summary>
public static class ObjectSelection
{
    public static bool Matches(StoredObject obj, LabelSelector? labels, FieldSelector? fields)
    {
        if (labels is { IsEmpty: false } && !labels.Matches(obj.Labels))
        {
            return false;
        }

        if (fields is null || fields.IsEmpty)
        {
            return true;
        }

        using var document = JsonDocument.Parse(obj.Json);
        return fields.Matches(document.RootElement);
    }

    /// <summary>metadata.labels of an object's JSON; label values that are not strings (invalid, but storable) as their JSON text.</summary>
    public static IReadOnlyDictionary<string, string> ReadLabels(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !SeekProperty(ref reader, "metadata"u8)
            || reader.TokenType != JsonTokenType.StartObject || !SeekProperty(ref reader, "labels"u8)
            || reader.TokenType != JsonTokenType.StartObject)
        {
            return Empty;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                result[key] = reader.GetString()!;
            }
            else
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                result[key] = System.Text.Encoding.UTF8.GetString(json[start..(int)reader.BytesConsumed]);
            }
        }

        return result;
    }

    /// <summary>Moves the reader (on an object's start) to the value of <paramref name="name"/>; false when the object has no such member.</summary>
    private static bool SeekProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            reader.Read();
            if (found)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}
