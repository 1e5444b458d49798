using System.Text.Json.Nodes;

namespace Karmada.Orleans.ApiServer.OpenApi;

/// <summary>
/// The OpenAPI v2 definitions of Kubernetes' built-in types (captured from kube-apiserver 1.20, prose
/// stripped), indexed by group/version/kind. Kinds served at a newer version than 1.20 had (autoscaling/v2
/// HorizontalPodAutoscaler, policy/v1 PodDisruptionBudget) use the 1.20 shape under their served version.
/// </summary>
public static class BuiltinDefinitions
{
    private static readonly Lazy<JsonObject> Document = new(() =>
    {
        using var stream = typeof(BuiltinDefinitions).Assembly.GetManifestResourceStream("OpenApi.kube-apiserver-1.20-openapi-v2.json")!;
        var document = JsonNode.Parse(stream)!.AsObject();

        // The captured definitions had their prose removed, which also took the fields that are *named*
        // "description" (a CRD schema's, a PriorityClass's); put those fields back.
        foreach (var name in new[] { "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps", "io.k8s.api.scheduling.v1.PriorityClass", "io.k8s.api.scheduling.v1beta1.PriorityClass" })
        {
            if (document["definitions"]?[name]?["properties"] is JsonObject properties)
            {
                properties["description"] = new JsonObject { ["type"] = "string" };
            }
        }

        return document;
    });

    private static readonly Lazy<Dictionary<(string Group, string Version, string Kind), string>> ByKind = new(() =>
    {
        var index = new Dictionary<(string, string, string), string>();
        foreach (var (name, definition) in Definitions)
        {
            foreach (var gvk in (definition?["x-kubernetes-group-version-kind"] as JsonArray ?? []).OfType<JsonObject>())
            {
                index.TryAdd((gvk["group"]?.GetValue<string>() ?? "", gvk["version"]?.GetValue<string>() ?? "", gvk["kind"]?.GetValue<string>() ?? ""), name);
            }
        }

        index.TryAdd(("autoscaling", "v2", "HorizontalPodAutoscaler"), "io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscaler");
        index.TryAdd(("policy", "v1", "PodDisruptionBudget"), "io.k8s.api.policy.v1beta1.PodDisruptionBudget");
        return index;
    });

    public static JsonObject Definitions => Document.Value["definitions"]!.AsObject();

    public const string ObjectMeta = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    /// <summary>The definition name of a built-in kind, if known.</summary>
    public static string? NameOf(string group, string version, string kind) => ByKind.Value.GetValueOrDefault((group, version, kind));

    /// <summary>Every definition reachable by $ref from <paramref name="roots"/>.</summary>
    public static IReadOnlySet<string> Closure(IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name) || Definitions[name] is not JsonNode definition)
            {
                continue;
            }

            foreach (var reference in References(definition))
            {
                pending.Push(reference);
            }
        }

        return seen;
    }

    private static IEnumerable<string> References(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var reference))
                    {
                        yield return reference[(reference.LastIndexOf('/') + 1)..];
                    }
                    else if (value is not null)
                    {
                        foreach (var inner in References(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        foreach (var inner in References(item))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }
}
