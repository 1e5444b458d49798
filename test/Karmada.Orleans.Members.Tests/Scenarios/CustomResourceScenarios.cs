using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Mapping;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;

namespace Karmada.Orleans.Members.Tests.Scenarios;

/// <summary>CustomResource scenarios the member client must pass against any Kubernetes API server: a real kube-apiserver and the member simulator.</summary>
public static class CustomResourceScenarios
{
    private static JsonObject Crd(string group) => JsonNode.Parse("""
        {
          "apiVersion": "apiextensions.k8s.io/v1",
          "kind": "CustomResourceDefinition",
          "metadata": {"name": "widgets.GROUP"},
          "spec": {
            "group": "GROUP",
            "scope": "Namespaced",
            "names": {"plural": "widgets", "singular": "widget", "kind": "Widget", "listKind": "WidgetList"},
            "versions": [{
              "name": "v1alpha1", "served": true, "storage": true,
              "subresources": {"status": {}},
              "schema": {"openAPIV3Schema": {"type": "object", "properties": {
                "spec": {"type": "object", "properties": {"size": {"type": "integer"}, "color": {"type": "string"}}},
                "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}
              }}}
            }]
          }
        }
        """.Replace("GROUP", group, StringComparison.Ordinal))!.AsObject();

    public static async Task A_new_crds_kind_is_found_and_served(IMemberClusterFixture cluster)
    {
        var group = $"t{Guid.NewGuid().ToString("N")[..8]}.members.karmada.io";
        var widget = new GroupVersionKind(group, "v1alpha1", "Widget");
        var mapper = cluster.Client.Mapper;
        await Assert.ThrowsAsync<NoKindMatchException>(() => mapper.GetMappingAsync(widget));

        var crds = await cluster.Client.Dynamic.ForKindAsync(new GroupVersionKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition"));
        await crds.CreateAsync(Crd(group));
        await Eventually.TrueAsync(
            async () => (await crds.GetAsync($"widgets.{group}")).GetPath("status", "conditions")?.AsArray()
                .Any(c => c!["type"]!.GetValue<string>() == "Established" && c["status"]!.GetValue<string>() == "True") == true,
            "the CRD to be established");
        await Eventually.TrueAsync(
            async () =>
            {
                try
                {
                    await mapper.GetMappingAsync(widget);
                    return true;
                }
                catch (NoKindMatchException)
                {
                    return false;
                }
            },
            "discovery to serve the new kind");

        var mapping = await mapper.GetMappingAsync(widget);
        Assert.Equal(("widgets", ResourceScope.Namespaced), (mapping.Resource.Resource, mapping.Scope));
        Assert.True(mapping.HasSubresource("status"));

        var ns = await cluster.CreateNamespaceAsync("crd");
        var widgets = await cluster.Client.Dynamic.ForKindAsync(widget, ns);
        var created = await widgets.CreateAsync(JsonNode.Parse($$$"""
            {"apiVersion":"{{{group}}}/v1alpha1","kind":"Widget","metadata":{"name":"w1"},"spec":{"size":3,"color":"blue"}}
            """)!.AsObject());
        Assert.Equal(ns, created.GetNamespace());
        var fetched = await widgets.GetAsync("w1");
        Assert.Equal(3, fetched.GetPath("spec", "size")!.GetValue<int>());
        var patched = await widgets.PatchAsync("w1", PatchType.Merge, JsonNode.Parse("""{"spec":{"color":"red"}}""")!);
        Assert.Equal("red", patched.GetPath("spec", "color")!.GetValue<string>());
        Assert.Equal(["w1"], (await widgets.ListAsync()).Items.Select(i => i.GetName()));

        await widgets.DeleteAsync("w1");
        await Assert.ThrowsAsync<KubernetesNotFoundException>(() => widgets.GetAsync("w1"));
    }
}
