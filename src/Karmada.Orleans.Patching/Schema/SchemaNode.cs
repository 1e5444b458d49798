using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.Schema;

/// <summary>
/// One location in an OpenAPI schema, with <c>$ref</c> followed. Field-level extensions (patch strategy, merge key,
/// list type) are read from the inline schema first, then from the referenced definition.
/// </summary>
public sealed class SchemaNode
{
    private const string ObjectMetaDefinition = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private const string QuantityDefinition = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    private readonly PatchSchema _owner;
    private readonly JsonObject _inline;
    private readonly JsonObject _resolved;
    private readonly bool _isKindRoot;
    // Nodes are shared across requests (PatchSchema.Kubernetes), so the lazy caches must be thread-safe.
    private readonly ConcurrentDictionary<string, SchemaNode?> _properties = new(StringComparer.Ordinal);
    private SchemaNode? _items;
    private SchemaNode? _values;

    internal SchemaNode(PatchSchema owner, JsonObject inline, bool isKindRoot = false)
    {
        _owner = owner;
        _inline = inline;
        _isKindRoot = isKindRoot;
        (_resolved, DefinitionName) = owner.Resolve(inline);
        Shape = ComputeShape();
    }

    /// <summary>What this location holds.</summary>
    public NodeShape Shape { get; }

    /// <summary>The <c>#/definitions/…</c> name this location refers to, if any.</summary>
    public string? DefinitionName { get; }

    /// <summary>True for structs and maps marked <c>x-kubernetes-map-type: atomic</c> (LabelSelector): one owner, replaced whole by apply.</summary>
    public bool IsAtomicObject => Extension("x-kubernetes-map-type") is "atomic";

    /// <summary>Strategic merge patch strategies of this field ("merge", "retainKeys", "replace").</summary>
    public IReadOnlyList<string> PatchStrategies
        => Extension("x-kubernetes-patch-strategy") is { } s ? s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>Strategic merge patch merge key of this list field.</summary>
    public string? PatchMergeKey => Extension("x-kubernetes-patch-merge-key");

    /// <summary>True when strategic merge patch merges this list rather than replacing it.</summary>
    public bool MergesList => PatchStrategies.Contains("merge");

    /// <summary>The OpenAPI scalar type ("string", "integer", "number", "boolean"); null when any scalar goes.</summary>
    public string? ScalarType
    {
        get
        {
            if (Shape != NodeShape.Scalar || DefinitionName == QuantityDefinition || _inline["x-kubernetes-int-or-string"] is not null
                || _resolved["x-kubernetes-int-or-string"] is not null || Text(_resolved, "format") == "int-or-string")
            {
                return null;
            }

            return Text(_resolved, "type");
        }
    }

    /// <summary>How server-side apply identifies this list's items.</summary>
    public ListType ListType
    {
        get
        {
            switch (Extension("x-kubernetes-list-type"))
            {
                case "atomic":
                    return ListType.Atomic;
                case "set":
                    return ListType.Set;
                case "map":
                    return ListType.Map;
            }

            if (!MergesList)
            {
                return ListType.Atomic;
            }

            return PatchMergeKey is null ? ListType.Set : ListType.Map;
        }
    }

    /// <summary>Key fields of a <see cref="ListType.Map"/> list.</summary>
    public IReadOnlyList<string> ListMapKeys
    {
        get
        {
            if (Extension("x-kubernetes-list-type") is "map")
            {
                var keys = _inline["x-kubernetes-list-map-keys"] as JsonArray ?? _resolved["x-kubernetes-list-map-keys"] as JsonArray;
                return keys?.Select(k => k?.GetValue<string>() ?? "").ToList() ?? [];
            }

            return PatchMergeKey is { } key ? [key] : [];
        }
    }

    /// <summary>Schema of this list's items.</summary>
    public SchemaNode Items => _items ??= _resolved["items"] is JsonObject items ? new SchemaNode(_owner, items) : _owner.UntypedNode;

    /// <summary>
    /// The schema of member <paramref name="name"/> and whether it is a declared struct field (as opposed to a map
    /// key, whose ownership is tracked as an item of its own).
    /// </summary>
    public (SchemaNode Node, bool Declared) Member(string name)
    {
        if (_isKindRoot && name == "metadata" && _owner.Definition(ObjectMetaDefinition) is not null)
        {
            return (_owner.Node(ObjectMetaDefinition), Shape == NodeShape.Struct);
        }

        if (Shape == NodeShape.Struct && Property(name) is { } declared)
        {
            return (declared, true);
        }

        return (MapValues, false);
    }

    /// <summary>The declared property <paramref name="name"/>, or null.</summary>
    public SchemaNode? Property(string name)
    {
        return _properties.GetOrAdd(
            name,
            n => (_resolved["properties"] as JsonObject)?[n] is JsonObject property ? new SchemaNode(_owner, property) : null);
    }

    /// <summary>True when <paramref name="name"/> is neither declared nor allowed as an extra key of a struct.</summary>
    public bool RejectsMember(string name)
        => Shape == NodeShape.Struct && Property(name) is null && !(_isKindRoot && name == "metadata")
            && _resolved["additionalProperties"] is null && _resolved["x-kubernetes-preserve-unknown-fields"] is null;

    /// <summary>Schema of a map's values (or of keys a struct does not declare).</summary>
    public SchemaNode MapValues => _values ??= _resolved["additionalProperties"] is JsonObject values ? new SchemaNode(_owner, values) : _owner.UntypedNode;

    /// <summary>True when a struct lists <paramref name="field"/> as required (Go fields without omitempty).</summary>
    public bool IsRequired(string field)
        => (_resolved["required"] as JsonArray)?.Any(r => JsonKinds.TryGetString(r, out var name) && name == field) == true;

    /// <summary>The declared default of property <paramref name="field"/> (used for missing list-map key fields).</summary>
    public JsonNode? DefaultOf(string field)
    {
        if (Property(field) is { } property && (property._inline["default"] ?? property._resolved["default"]) is { } declared)
        {
            return declared.DeepClone();
        }

        return KnownKeyDefaults.Find(DefinitionName, field) is { } known ? JsonValue.Create(known) : null;
    }

    private string? Extension(string name) => Text(_inline, name) ?? Text(_resolved, name);

    private NodeShape ComputeShape()
    {
        if (_inline["x-kubernetes-int-or-string"] is not null || _resolved["x-kubernetes-int-or-string"] is not null)
        {
            return NodeShape.Scalar;
        }

        if (_resolved["properties"] is JsonObject)
        {
            return NodeShape.Struct;
        }

        switch (Text(_resolved, "type"))
        {
            case "array":
                return NodeShape.List;
            case "string" or "integer" or "number" or "boolean":
                return NodeShape.Scalar;
            case "object" when _resolved["additionalProperties"] is JsonObject:
                return NodeShape.Map;
            default:
                return NodeShape.Untyped;
        }
    }

    private static string? Text(JsonObject schema, string name)
        => JsonKinds.TryGetString(schema[name], out var value) ? value : null;
}
