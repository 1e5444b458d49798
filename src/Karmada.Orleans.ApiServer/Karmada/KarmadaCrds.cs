using System.Reflection;
using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;

namespace Karmada.Orleans.ApiServer.Karmada;

/// <summary>
/// Karmada's CRDs as served here: the structure of Karmada's definitions (names, versions, schemas,
/// printer columns) with field documentation written for this project, plus the Cluster kind.
/// </summary>
public static class KarmadaCrds
{
    private static readonly Lazy<IReadOnlyList<JsonObject>> Loaded = new(Load);

    /// <summary>apiextensions.k8s.io/v1 CustomResourceDefinition objects, one per Karmada kind (Cluster included).</summary>
    public static IReadOnlyList<JsonObject> All => Loaded.Value;

    private static IReadOnlyList<JsonObject> Load()
    {
        var assembly = typeof(KarmadaCrds).Assembly;
        var descriptions = KubeYaml.ParseSingle(Read(assembly, "Karmada.Descriptions.yaml")).AsObject();
        var crds = new List<JsonObject>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Karmada.Crds.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (var document in KubeYaml.ParseDocuments(Read(assembly, name)))
            {
                var crd = document.AsObject();
                var kind = crd["spec"]?["names"]?["kind"]?.GetValue<string>() ?? "";
                if (descriptions[kind] is JsonObject texts)
                {
                    foreach (var version in (crd["spec"]?["versions"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        if (version["schema"]?["openAPIV3Schema"] is JsonObject schema)
                        {
                            Describe(schema, texts);
                        }
                    }
                }

                crds.Add(crd);
            }
        }

        return crds;
    }

    private static void Describe(JsonObject schema, JsonObject texts)
    {
        foreach (var (path, text) in texts)
        {
            var node = schema;
            foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                var next = node["properties"]?[part] as JsonObject;
                if (next?["type"]?.GetValue<string>() == "array" && next["items"] is JsonObject items && part != path.Split('.')[^1])
                {
                    next = items;
                }

                node = next!;
                if (node is null)
                {
                    break;
                }
            }

            if (node is not null)
            {
                node["description"] = text?.GetValue<string>();
            }
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
