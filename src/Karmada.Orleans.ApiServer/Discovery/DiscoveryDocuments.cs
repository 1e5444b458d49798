using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Resources;

namespace Karmada.Orleans.ApiServer.Discovery;

/// <summary>The discovery documents kubectl reads: legacy (/api, /apis, per group-version) and aggregated v2.</summary>
public static class DiscoveryDocuments
{
    private static readonly string[] SubresourceVerbs = ["get", "patch", "update"];

    public static JsonObject ApiVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public static JsonObject GroupList(ResourceCatalog catalog) => new()
    {
        ["kind"] = "APIGroupList",
        ["apiVersion"] = "v1",
        ["groups"] = new JsonArray(catalog.Groups().Select(g => (JsonNode?)Group(g.Group, g.Versions)).ToArray()),
    };

    public static JsonObject Group(string group, IReadOnlyList<string> versions)
    {
        JsonObject Version(string v) => new() { ["groupVersion"] = $"{group}/{v}", ["version"] = v };
        return new JsonObject
        {
            ["kind"] = "APIGroup",
            ["apiVersion"] = "v1",
            ["name"] = group,
            ["versions"] = new JsonArray(versions.Select(v => (JsonNode?)Version(v)).ToArray()),
            ["preferredVersion"] = Version(versions[0]),
        };
    }

    public static JsonObject ResourceList(string groupVersion, IReadOnlyList<ResourceDefinition> resources)
    {
        var list = new JsonArray();
        foreach (var r in resources)
        {
            var entry = new JsonObject
            {
                ["name"] = r.Plural,
                ["singularName"] = r.Singular,
                ["namespaced"] = r.Namespaced,
                ["kind"] = r.Kind,
                ["verbs"] = Strings(r.Verbs),
            };
            if (r.ShortNames.Count > 0)
            {
                entry["shortNames"] = Strings(r.ShortNames);
            }

            if (r.Categories.Count > 0)
            {
                entry["categories"] = Strings(r.Categories);
            }

            list.Add(entry);
            if (r.HasStatus)
            {
                list.Add(new JsonObject { ["name"] = $"{r.Plural}/status", ["singularName"] = "", ["namespaced"] = r.Namespaced, ["kind"] = r.Kind, ["verbs"] = Strings(SubresourceVerbs) });
            }

            if (r.Scale is not null)
            {
                list.Add(new JsonObject { ["name"] = $"{r.Plural}/scale", ["singularName"] = "", ["namespaced"] = r.Namespaced, ["group"] = "autoscaling", ["version"] = "v1", ["kind"] = "Scale", ["verbs"] = Strings(SubresourceVerbs) });
            }

            foreach (var extra in ExtraSubresources(r))
            {
                list.Add(new JsonObject { ["name"] = $"{r.Plural}/{extra}", ["singularName"] = "", ["namespaced"] = r.Namespaced, ["kind"] = r.Kind, ["verbs"] = Strings(["get", "create", "update", "patch", "delete"]) });
            }
        }

        return new JsonObject { ["kind"] = "APIResourceList", ["apiVersion"] = "v1", ["groupVersion"] = groupVersion, ["resources"] = list };
    }

    /// <summary>apidiscovery.k8s.io APIGroupDiscoveryList for /api (core only) or /apis (all other groups).</summary>
    public static JsonObject Aggregated(ResourceCatalog catalog, bool core, string apiVersion)
    {
        var items = new JsonArray();
        var groups = core ? [("", (IReadOnlyList<string>)["v1"])] : catalog.Groups();
        foreach (var (group, versions) in groups)
        {
            var versionList = new JsonArray();
            foreach (var version in versions)
            {
                var resources = new JsonArray();
                foreach (var r in catalog.InGroupVersion(group, version))
                {
                    var entry = new JsonObject
                    {
                        ["resource"] = r.Plural,
                        ["responseKind"] = new JsonObject { ["group"] = r.Group, ["version"] = r.Version, ["kind"] = r.Kind },
                        ["scope"] = r.Namespaced ? "Namespaced" : "Cluster",
                        ["singularResource"] = r.Singular,
                        ["verbs"] = Strings(r.Verbs),
                    };
                    if (r.ShortNames.Count > 0)
                    {
                        entry["shortNames"] = Strings(r.ShortNames);
                    }

                    if (r.Categories.Count > 0)
                    {
                        entry["categories"] = Strings(r.Categories);
                    }

                    var subresources = new JsonArray();
                    if (r.HasStatus)
                    {
                        subresources.Add(new JsonObject { ["subresource"] = "status", ["responseKind"] = new JsonObject { ["group"] = r.Group, ["version"] = r.Version, ["kind"] = r.Kind }, ["verbs"] = Strings(SubresourceVerbs) });
                    }

                    if (r.Scale is not null)
                    {
                        subresources.Add(new JsonObject { ["subresource"] = "scale", ["responseKind"] = new JsonObject { ["group"] = "autoscaling", ["version"] = "v1", ["kind"] = "Scale" }, ["verbs"] = Strings(SubresourceVerbs) });
                    }

                    foreach (var extra in ExtraSubresources(r))
                    {
                        subresources.Add(new JsonObject { ["subresource"] = extra, ["responseKind"] = new JsonObject { ["group"] = r.Group, ["version"] = r.Version, ["kind"] = r.Kind }, ["verbs"] = Strings(["get", "create", "update", "patch", "delete"]) });
                    }

                    if (subresources.Count > 0)
                    {
                        entry["subresources"] = subresources;
                    }

                    resources.Add(entry);
                }

                versionList.Add(new JsonObject { ["version"] = version, ["resources"] = resources, ["freshness"] = "Current" });
            }

            items.Add(new JsonObject { ["metadata"] = new JsonObject { ["name"] = group, ["creationTimestamp"] = null }, ["versions"] = versionList });
        }

        return new JsonObject { ["kind"] = "APIGroupDiscoveryList", ["apiVersion"] = apiVersion, ["metadata"] = new JsonObject(), ["items"] = items };
    }

    // Karmada's Cluster serves a proxy to the member's API.
    private static IEnumerable<string> ExtraSubresources(ResourceDefinition r) =>
        r.Group == "cluster.karmada.io" && r.Kind == "Cluster" ? ["proxy"] : [];

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());
}
