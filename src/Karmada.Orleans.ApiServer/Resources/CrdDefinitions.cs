using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Tables;

namespace Karmada.Orleans.ApiServer.Resources;

/// <summary>Turns an apiextensions.k8s.io/v1 CustomResourceDefinition into the resource definitions it serves.</summary>
public static class CrdDefinitions
{
    public static IReadOnlyList<ResourceDefinition> FromCrd(JsonObject crd, bool isCustom = true)
    {
        var spec = crd["spec"] as JsonObject ?? [];
        var names = spec["names"] as JsonObject ?? [];
        var group = spec["group"]?.GetValue<string>() ?? "";
        var kind = names["kind"]?.GetValue<string>() ?? "";
        var plural = names["plural"]?.GetValue<string>() ?? "";
        var namespaced = spec["scope"]?.GetValue<string>() != "Cluster";
        var shortNames = Strings(names["shortNames"]);
        var categories = Strings(names["categories"]);
        var definitions = new List<ResourceDefinition>();
        foreach (var version in (spec["versions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (version["served"]?.GetValue<bool>() == false)
            {
                continue;
            }

            var subresources = version["subresources"] as JsonObject;
            ScaleSubresource? scale = null;
            if (subresources?["scale"] is JsonObject s)
            {
                scale = new ScaleSubresource(
                    s["specReplicasPath"]?.GetValue<string>() ?? ".spec.replicas",
                    s["statusReplicasPath"]?.GetValue<string>() ?? ".status.replicas",
                    s["labelSelectorPath"]?.GetValue<string>());
            }

            definitions.Add(new ResourceDefinition
            {
                Group = group,
                Version = version["name"]?.GetValue<string>() ?? "v1",
                Kind = kind,
                Plural = plural,
                Namespaced = namespaced,
                ShortNames = shortNames,
                Categories = categories,
                HasStatus = subresources?["status"] is not null,
                Scale = scale,
                Printer = new ColumnPrinter(ColumnPrinter.FromCrdVersion(version)),
                Schema = version["schema"]?["openAPIV3Schema"] as JsonObject,
                IsCustom = isCustom,
            });
        }

        return definitions;
    }

    private static IReadOnlyList<string> Strings(JsonNode? node) =>
        (node as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>().ToList();
}
