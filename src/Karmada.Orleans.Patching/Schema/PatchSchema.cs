using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.Schema;

/// <summary>
/// Patch strategies, merge keys and list types per kind, read from OpenAPI v2 definitions (<c>definitions</c> +
/// <c>$ref</c>, <c>x-kubernetes-group-version-kind</c>). <see cref="Kubernetes"/> carries the definitions a real
/// kube-apiserver v1.20.2 serves, so built-in kinds work out of the box. Immutable: registering a custom resource
/// returns a new schema.
/// </summary>
public sealed class PatchSchema
{
    private const string RefPrefix = "#/definitions/";
    private const string EmbeddedResource = "Karmada.Orleans.Patching.kube-apiserver-1.20-openapi-v2.json";

    private static readonly Lazy<PatchSchema> BuiltIn = new(LoadEmbedded);

    private readonly IReadOnlyDictionary<string, JsonObject> _definitions;
    private readonly IReadOnlyDictionary<GroupVersionKind, KindEntry> _kinds;
    private readonly ConcurrentDictionary<string, SchemaNode> _named = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<GroupVersionKind, SchemaNode> _roots = new();

    private PatchSchema(IReadOnlyDictionary<string, JsonObject> definitions, IReadOnlyDictionary<GroupVersionKind, KindEntry> kinds)
    {
        _definitions = definitions;
        _kinds = kinds;
        UntypedNode = new SchemaNode(this, []);
    }

    /// <summary>Built-in kinds of Kubernetes v1.20 (only <c>io.k8s.*</c> definitions: custom resources captured in
    /// the reference document are left out, as kube treats them as custom).</summary>
    public static PatchSchema Kubernetes => BuiltIn.Value;

    /// <summary>A schema with no kinds: every object is untyped.</summary>
    public static PatchSchema Empty { get; } = new(new Dictionary<string, JsonObject>(), new Dictionary<GroupVersionKind, KindEntry>());

    internal SchemaNode UntypedNode { get; }

    /// <summary>
    /// Reads an OpenAPI v2 document (or any object with <c>definitions</c>). Kinds come from each definition's
    /// <c>x-kubernetes-group-version-kind</c>; <paramref name="includeDefinition"/> filters which definitions count as
    /// kinds that accept strategic merge patch.
    /// </summary>
    public static PatchSchema FromOpenApiV2(JsonObject document, Func<string, bool>? includeDefinition = null)
    {
        Materialize(document);
        var definitions = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var kinds = new Dictionary<GroupVersionKind, KindEntry>();
        if (document["definitions"] is JsonObject defs)
        {
            foreach (var (name, node) in defs)
            {
                if (node is not JsonObject definition)
                {
                    continue;
                }

                definitions[name] = definition;
                if (includeDefinition is not null && !includeDefinition(name))
                {
                    continue;
                }

                foreach (var gvk in (definition["x-kubernetes-group-version-kind"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    JsonKinds.TryGetString(gvk["group"], out var group);
                    JsonKinds.TryGetString(gvk["version"], out var version);
                    JsonKinds.TryGetString(gvk["kind"], out var kind);
                    kinds[new GroupVersionKind(group, version, kind)] = new KindEntry(new JsonObject { ["$ref"] = RefPrefix + name }, true);
                }
            }
        }

        return new PatchSchema(definitions, kinds);
    }

    /// <summary>
    /// Adds (or replaces) a custom resource kind typed by its <c>openAPIV3Schema</c> (list types, map types and
    /// int-or-string are honoured by server-side apply; <c>metadata</c> is always ObjectMeta). Custom resources never
    /// accept strategic merge patch, as in kube. A null schema registers the kind as untyped.
    /// </summary>
    public PatchSchema WithCustomResource(GroupVersionKind gvk, JsonObject? openApiV3Schema)
    {
        var schema = (JsonObject?)openApiV3Schema?.DeepClone() ?? [];
        Materialize(schema);
        var kinds = new Dictionary<GroupVersionKind, KindEntry>(_kinds) { [gvk] = new KindEntry(schema, false) };
        return new PatchSchema(_definitions, kinds);
    }

    /// <summary>The schema of <paramref name="gvk"/>'s objects; untyped (with ObjectMeta metadata) for unknown kinds.</summary>
    public SchemaNode ForKind(GroupVersionKind gvk)
        => _roots.GetOrAdd(gvk, k => new SchemaNode(this, _kinds.TryGetValue(k, out var entry) ? entry.Schema : [], isKindRoot: true));

    /// <summary>True when <paramref name="gvk"/> is a built-in kind with patch strategies (kube refuses strategic
    /// merge patch for every other kind with 415).</summary>
    public bool SupportsStrategicMerge(GroupVersionKind gvk) => _kinds.TryGetValue(gvk, out var entry) && entry.StrategicMerge;

    /// <summary>True when the kind has a registered schema (built-in or custom).</summary>
    public bool IsKnown(GroupVersionKind gvk) => _kinds.ContainsKey(gvk);

    internal JsonObject? Definition(string name) => _definitions.TryGetValue(name, out var definition) ? definition : null;

    internal SchemaNode Node(string definition) => _named.GetOrAdd(definition, d => new SchemaNode(this, new JsonObject { ["$ref"] = RefPrefix + d }));

    /// <summary>Follows <c>$ref</c> chains (and single-entry <c>allOf</c> wrappers) to the schema that holds the structure.</summary>
    internal (JsonObject Resolved, string? Definition) Resolve(JsonObject inline)
    {
        var current = inline;
        string? name = null;
        for (var hops = 0; hops < 32; hops++)
        {
            if (JsonKinds.TryGetString(current["$ref"], out var reference) && reference.StartsWith(RefPrefix, StringComparison.Ordinal)
                && Definition(reference[RefPrefix.Length..]) is { } target)
            {
                name = reference[RefPrefix.Length..];
                current = target;
                continue;
            }

            if (current["allOf"] is JsonArray { Count: 1 } allOf && allOf[0] is JsonObject only)
            {
                current = only;
                continue;
            }

            break;
        }

        return (current, name);
    }

    // JsonObject and JsonArray build their contents lazily on first read, which is not thread-safe; schemas are
    // read concurrently by every request, so everything is built once up front.
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Materialize(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Materialize(child);
                }

                break;
        }
    }

    private static PatchSchema LoadEmbedded()
    {
        using var stream = typeof(PatchSchema).Assembly.GetManifestResourceStream(EmbeddedResource)
            ?? throw new InvalidOperationException($"embedded resource {EmbeddedResource} is missing");
        var document = JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidOperationException("empty OpenAPI document");
        return FromOpenApiV2(document, name => name.StartsWith("io.k8s.", StringComparison.Ordinal));
    }

    private sealed record KindEntry(JsonObject Schema, bool StrategicMerge);
}
