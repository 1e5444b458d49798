using System.Text.Json;

namespace Karmada.Orleans.Storage;

/// <summary>
/// The metadata fields the store decides rather than the writer: each either has a value (a string,
/// a number, or a JSON value copied from the stored version) or is absent from the written object.
/// </summary>
public sealed class OwnedMetadata
{
    public const int Name = 0;
    public const int Namespace = 1;
    public const int Uid = 2;
    public const int CreationTimestamp = 3;
    public const int DeletionTimestamp = 4;
    public const int DeletionGracePeriodSeconds = 5;
    public const int Generation = 6;
    public const int ResourceVersion = 7;

    internal static readonly string[] Fields = ["name", "namespace", "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "resourceVersion"];

    private readonly string?[] _text = new string?[Fields.Length];
    private readonly long?[] _number = new long?[Fields.Length];
    private readonly JsonElement?[] _element = new JsonElement?[Fields.Length];

    public void Set(int field, string? value)
    {
        Clear(field);
        _text[field] = value;
    }

    public void Set(int field, long value)
    {
        Clear(field);
        _number[field] = value;
    }

    /// <summary>A value copied as is; the element must stay readable until the object is written.</summary>
    public void Copy(int field, JsonElement? value)
    {
        Clear(field);
        _element[field] = value;
    }

    public bool Has(int field) => _text[field] is not null || _number[field] is not null || _element[field] is not null;

    internal static int IndexOf(string name) => Array.IndexOf(Fields, name);

    /// <summary>Whether the field, as it would be written, equals <paramref name="element"/>.</summary>
    internal bool ValueEquals(int field, JsonElement element)
    {
        if (_text[field] is { } text)
        {
            return element.ValueKind == JsonValueKind.String && element.ValueEquals(text);
        }

        if (_number[field] is { } number)
        {
            return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var stored) && stored == number;
        }

        return _element[field] is { } value && JsonElement.DeepEquals(value, element);
    }

    internal void WriteField(Utf8JsonWriter writer, int field)
    {
        if (_text[field] is { } text)
        {
            writer.WriteString(Fields[field], text);
        }
        else if (_number[field] is { } number)
        {
            writer.WriteNumber(Fields[field], number);
        }
        else if (_element[field] is { } element)
        {
            writer.WritePropertyName(Fields[field]);
            element.WriteTo(writer);
        }
    }

    private void Clear(int field)
    {
        _text[field] = null;
        _number[field] = null;
        _element[field] = null;
    }
}
