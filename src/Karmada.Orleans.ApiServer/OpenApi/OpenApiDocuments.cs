using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Resources;

namespace Karmada.Orleans.ApiServer.OpenApi;

/// <summary>
/// OpenAPI documents of everything the API serves, as kubectl reads them: the v3 index and one v3
/// document per group-version (schemas with x-kubernetes-group-version-kind, and operations that
/// declare the fieldValidation parameter so kubectl leaves validation to the server), and a v2
/// document. Rebuilt when the catalog changes (CRDs).
/// </summary>
public sealed class OpenApiDocuments(ResourceCatalog catalog)
{
    private readonly object _lock = new();
    private long _generation = -1;
    private Dictionary<string, (JsonObject Document, string Hash)> _v3 = [];
    private JsonObject? _v2;

    /// <summary>The v3 discovery index: one entry per group-version with a content hash in its URL.</summary>
    public JsonObject Index()
    {
        var documents = Current();
        var paths = new JsonObject();
        foreach (var (path, (_, hash)) in documents.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            paths[path] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{path}?hash={hash}" };
        }

        return new JsonObject { ["paths"] = paths };
    }

    /// <summary>The v3 document of "api/v1" or "apis/GROUP/VERSION".</summary>
    public JsonObject? GroupVersion(string path) => Current().TryGetValue(path, out var entry) ? entry.Document : null;

    public JsonObject V2()
    {
        Current();
        lock (_lock)
        {
            return _v2!;
        }
    }

    private Dictionary<string, (JsonObject Document, string Hash)> Current()
    {
        lock (_lock)
        {
            if (_generation == catalog.Generation)
            {
                return _v3;
            }

            var generation = catalog.Generation;
            var v3 = new Dictionary<string, (JsonObject, string)>(StringComparer.Ordinal);
            var allDefinitions = new JsonObject();
            foreach (var group in catalog.All.GroupBy(d => (d.Group, d.Version)))
            {
                var path = group.Key.Group.Length == 0 ? $"api/{group.Key.Version}" : $"apis/{group.Key.Group}/{group.Key.Version}";
                var (document, schemas) = BuildGroupVersion(group.ToList());
                foreach (var (name, schema) in schemas)
                {
                    allDefinitions[name] = ToV2(schema!.DeepClone());
                }

                v3[path] = (document, Hash(document));
            }

            _v3 = v3;
            _generation = generation;
            _v2 = new JsonObject
            {
                ["swagger"] = "2.0",
                ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = ServerVersion.GitVersion },
                ["paths"] = new JsonObject(),
                ["definitions"] = allDefinitions,
            };
            return _v3;
        }
    }

    private static (JsonObject Document, JsonObject Schemas) BuildGroupVersion(IReadOnlyList<ResourceDefinition> resources)
    {
        var schemas = new JsonObject();
        var builtinRoots = new List<string> { BuiltinDefinitions.ObjectMeta, "io.k8s.apimachinery.pkg.apis.meta.v1.Status" };
        var paths = new JsonObject();
        foreach (var resource in resources.OrderBy(r => r.Plural, StringComparer.Ordinal))
        {
            string schemaName;
            if (resource.Schema is { } crdSchema)
            {
                schemaName = CustomName(resource);
                var schema = ToV3(crdSchema.DeepClone().AsObject());
                var properties = schema["properties"] as JsonObject ?? [];
                properties["metadata"] = new JsonObject { ["$ref"] = $"#/components/schemas/{BuiltinDefinitions.ObjectMeta}", ["description"] = "Standard object's metadata." };
                properties["apiVersion"] ??= new JsonObject { ["type"] = "string" };
                properties["kind"] ??= new JsonObject { ["type"] = "string" };
                schema["properties"] = properties;
                schema["type"] = "object";
                schema["x-kubernetes-group-version-kind"] = Gvk(resource);
                schemas[schemaName] = schema;
            }
            else if (BuiltinDefinitions.NameOf(resource.Group, resource.Version, resource.Kind) is { } builtin)
            {
                schemaName = builtin;
                builtinRoots.Add(builtin);
            }
            else
            {
                schemaName = CustomName(resource);
                schemas[schemaName] = new JsonObject
                {
                    ["type"] = "object",
                    ["x-kubernetes-preserve-unknown-fields"] = true,
                    ["x-kubernetes-group-version-kind"] = Gvk(resource),
                };
            }

            AddPaths(paths, resource, schemaName);
        }

        foreach (var name in BuiltinDefinitions.Closure(builtinRoots).Order(StringComparer.Ordinal))
        {
            if (BuiltinDefinitions.Definitions[name] is JsonObject definition)
            {
                var converted = ToV3(definition.DeepClone().AsObject());
                if (resources.FirstOrDefault(r => BuiltinDefinitions.NameOf(r.Group, r.Version, r.Kind) == name) is { } aliased
                    && (definition["x-kubernetes-group-version-kind"] as JsonArray)?.OfType<JsonObject>().Any(g => g["version"]?.GetValue<string>() == aliased.Version) != true)
                {
                    converted["x-kubernetes-group-version-kind"] = Gvk(aliased);
                }

                schemas[name] = converted;
            }
        }

        var document = new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = ServerVersion.GitVersion },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas.DeepClone() },
        };
        return (document, schemas);
    }

    private static void AddPaths(JsonObject paths, ResourceDefinition resource, string schemaName)
    {
        var prefix = resource.Group.Length == 0 ? $"/api/{resource.Version}" : $"/apis/{resource.Group}/{resource.Version}";
        var collection = resource.Namespaced ? $"{prefix}/namespaces/{{namespace}}/{resource.Plural}" : $"{prefix}/{resource.Plural}";
        var reference = new JsonObject { ["$ref"] = $"#/components/schemas/{schemaName}" };
        JsonObject Operation(string action, bool body) => new()
        {
            ["operationId"] = $"{action}{resource.Kind}",
            ["x-kubernetes-action"] = action,
            ["x-kubernetes-group-version-kind"] = Gvk(resource)[0]!.DeepClone(),
            ["parameters"] = Parameters(body),
            ["requestBody"] = body ? new JsonObject { ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = reference.DeepClone() } } } : null,
            ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = reference.DeepClone() } } } },
        };

        paths[collection] = new JsonObject { ["get"] = Operation("list", false), ["post"] = Operation("post", true) };
        paths[$"{collection}/{{name}}"] = new JsonObject
        {
            ["get"] = Operation("get", false),
            ["put"] = Operation("put", true),
            ["patch"] = Operation("patch", true),
            ["delete"] = Operation("delete", false),
        };
    }

    private static JsonArray Parameters(bool write)
    {
        static JsonObject Query(string name) => new() { ["name"] = name, ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string", ["uniqueItems"] = true } };
        return write ? new JsonArray(Query("dryRun"), Query("fieldManager"), Query("fieldValidation")) : new JsonArray(Query("pretty"));
    }

    private static JsonArray Gvk(ResourceDefinition resource) =>
        new(new JsonObject { ["group"] = resource.Group, ["kind"] = resource.Kind, ["version"] = resource.Version });

    /// <summary>Definition name of a custom kind: the group reversed, then version and kind (io.karmada.policy.v1alpha1.PropagationPolicy).</summary>
    public static string CustomName(ResourceDefinition resource) =>
        $"{string.Join('.', resource.Group.Split('.').Reverse())}.{resource.Version}.{resource.Kind}";

    private static JsonObject ToV3(JsonObject schema) => (JsonObject)RewriteRefs(schema, "#/definitions/", "#/components/schemas/");

    private static JsonObject ToV2(JsonNode schema) => (JsonObject)RewriteRefs(schema, "#/components/schemas/", "#/definitions/");

    private static JsonNode RewriteRefs(JsonNode node, string from, string to)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(kv => kv.Key).ToList())
                {
                    if (key == "$ref" && obj[key] is JsonValue v && v.TryGetValue<string>(out var reference) && reference.StartsWith(from, StringComparison.Ordinal))
                    {
                        obj[key] = to + reference[from.Length..];
                    }
                    else if (obj[key] is { } value)
                    {
                        RewriteRefs(value, from, to);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        RewriteRefs(item, from, to);
                    }
                }

                break;
        }

        return node;
    }

    private static string Hash(JsonObject document) =>
        Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(document.ToJsonString())));
}
