using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>What a <see cref="PathElement"/> selects.</summary>
public enum PathElementKind
{
    /// <summary>A field or map key: <c>f:name</c>, printed <c>.name</c>.</summary>
    Field,

    /// <summary>An item of an associative list by its key fields: <c>k:{"name":"x"}</c>, printed <c>[name="x"]</c>.</summary>
    Key,

    /// <summary>An item of a set by value: <c>v:"x"</c>, printed <c>[="x"]</c>.</summary>
    Value,

    /// <summary>A list item by position: <c>i:0</c>, printed <c>[0]</c>.</summary>
    Index,
}

/// <summary>
/// One step of a field path, as structured-merge-diff names it. Immutable; equal elements have equal
/// <see cref="FieldsV1Key"/>. Ordered fields &lt; keys &lt; values &lt; indexes, which is the order kube writes
/// <c>fieldsV1</c> in.
/// </summary>
public sealed class PathElement : IComparable<PathElement>, IEquatable<PathElement>
{
    private readonly IReadOnlyList<KeyValuePair<string, JsonNode?>> _key = [];
    private readonly JsonNode? _value;

    private PathElement(PathElementKind kind, string? name, IReadOnlyList<KeyValuePair<string, JsonNode?>>? key, JsonNode? value, int index)
    {
        Kind = kind;
        FieldName = name;
        _key = key ?? [];
        _value = value;
        Index = index;
        FieldsV1Key = kind switch
        {
            PathElementKind.Field => "f:" + name,
            PathElementKind.Key => "k:{" + string.Join(",", _key.Select(k => JsonText.Quote(k.Key) + ":" + JsonOrder.Canonical(k.Value))) + "}",
            PathElementKind.Value => "v:" + JsonOrder.Canonical(value),
            _ => "i:" + index,
        };
    }

    public PathElementKind Kind { get; }

    /// <summary>The field name of a <see cref="PathElementKind.Field"/> element.</summary>
    public string? FieldName { get; }

    /// <summary>The key fields of a <see cref="PathElementKind.Key"/> element, sorted by name.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode?>> Key => _key;

    /// <summary>The value of a <see cref="PathElementKind.Value"/> element.</summary>
    public JsonNode? Value => _value;

    public int Index { get; }

    /// <summary>The element as a key of <c>fieldsV1</c>.</summary>
    public string FieldsV1Key { get; }

    public static PathElement Field(string name) => new(PathElementKind.Field, name, null, null, 0);

    public static PathElement KeyOf(IEnumerable<KeyValuePair<string, JsonNode?>> fields)
        => new(PathElementKind.Key, null, fields.Select(f => KeyValuePair.Create(f.Key, JsonKinds.Clone(f.Value))).OrderBy(f => f.Key, StringComparer.Ordinal).ToList(), null, 0);

    public static PathElement ValueOf(JsonNode? value) => new(PathElementKind.Value, null, null, JsonKinds.Clone(value), 0);

    public static PathElement At(int index) => new(PathElementKind.Index, null, null, null, index);

    /// <summary>Parses a <c>fieldsV1</c> key (<c>f:</c>, <c>k:</c>, <c>v:</c> or <c>i:</c>).</summary>
    public static PathElement Parse(string key)
    {
        if (key.Length < 2 || key[1] != ':')
        {
            throw new FormatException($"invalid fieldsV1 key {key}");
        }

        var body = key[2..];
        switch (key[0])
        {
            case 'f':
                return Field(body);
            case 'k':
                var fields = JsonNode.Parse(body) as JsonObject ?? throw new FormatException($"invalid fieldsV1 key {key}");
                return KeyOf(fields.Select(p => KeyValuePair.Create(p.Key, p.Value)));
            case 'v':
                return ValueOf(JsonNode.Parse(body));
            case 'i':
                return At(int.Parse(body, System.Globalization.CultureInfo.InvariantCulture));
            default:
                throw new FormatException($"invalid fieldsV1 key {key}");
        }
    }

    public int CompareTo(PathElement? other)
    {
        if (other is null)
        {
            return 1;
        }

        // Compared as numbers: Enum.CompareTo(object) boxes, and this runs for every set operation.
        var kind = ((int)Kind).CompareTo((int)other.Kind);
        if (kind != 0)
        {
            return kind;
        }

        switch (Kind)
        {
            case PathElementKind.Field:
                return string.CompareOrdinal(FieldName, other.FieldName);
            case PathElementKind.Key:
                var count = _key.Count.CompareTo(other._key.Count);
                if (count != 0)
                {
                    return count;
                }

                for (var i = 0; i < _key.Count; i++)
                {
                    var name = string.CompareOrdinal(_key[i].Key, other._key[i].Key);
                    if (name != 0)
                    {
                        return name;
                    }

                    var value = JsonOrder.Compare(_key[i].Value, other._key[i].Value);
                    if (value != 0)
                    {
                        return value;
                    }
                }

                return 0;
            case PathElementKind.Value:
                return JsonOrder.Compare(_value, other._value);
            default:
                return Index.CompareTo(other.Index);
        }
    }

    public bool Equals(PathElement? other) => other is not null && FieldsV1Key == other.FieldsV1Key;

    public override bool Equals(object? obj) => obj is PathElement other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(FieldsV1Key);

    /// <summary>The element as kube prints it in conflict messages: <c>.name</c>, <c>[name="x"]</c>, <c>[="x"]</c>, <c>[0]</c>.</summary>
    public override string ToString() => Kind switch
    {
        PathElementKind.Field => "." + FieldName,
        PathElementKind.Key => "[" + string.Join(",", _key.Select(k => k.Key + "=" + Print(k.Value))) + "]",
        PathElementKind.Value => "[=" + Print(_value) + "]",
        _ => "[" + Index + "]",
    };

    // Go's value.ToString: strings quoted, numbers and booleans bare.
    private static string Print(JsonNode? value)
    {
        if (JsonKinds.TryGetString(value, out var text))
        {
            return JsonText.Quote(text);
        }

        return value switch
        {
            null => "null",
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => GoFormat.Number(v),
            JsonArray or JsonObject => JsonOrder.Canonical(value),
            _ => value.ToJsonString(),
        };
    }
}
