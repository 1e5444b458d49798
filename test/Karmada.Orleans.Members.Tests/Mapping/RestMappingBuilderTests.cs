using System.Text.Json;
using Karmada.Orleans.Members.Discovery;
using Karmada.Orleans.Members.Mapping;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Rest;
using Karmada.Orleans.Members.Tests.Infrastructure;

namespace Karmada.Orleans.Members.Tests.Mapping;

public sealed class RestMappingBuilderTests
{
    [Theory]
    [InlineData("discovery/apis-apps-v1.json", "Deployment", "apps", "v1", "deployments", ResourceScope.Namespaced, "deploy")]
    [InlineData("discovery/apis-apps-v1.json", "StatefulSet", "apps", "v1", "statefulsets", ResourceScope.Namespaced, "sts")]
    [InlineData("discovery/api-v1.json", "ConfigMap", "", "v1", "configmaps", ResourceScope.Namespaced, "cm")]
    [InlineData("discovery/api-v1.json", "Namespace", "", "v1", "namespaces", ResourceScope.Cluster, "ns")]
    [InlineData("discovery/api-v1.json", "Node", "", "v1", "nodes", ResourceScope.Cluster, "no")]
    [InlineData("discovery/apis-apiextensions.k8s.io-v1.json", "CustomResourceDefinition", "apiextensions.k8s.io", "v1", "customresourcedefinitions", ResourceScope.Cluster, "crd")]
    [InlineData("discovery/apis-rbac.authorization.k8s.io-v1.json", "ClusterRole", "rbac.authorization.k8s.io", "v1", "clusterroles", ResourceScope.Cluster, null)]
    public void Maps_kinds_to_resources_and_scope(string file, string kind, string group, string version, string resource, ResourceScope scope, string? shortName)
    {
        var mappings = RestMappingBuilder.FromResourceList(Load(file));

        var mapping = Assert.Single(mappings, m => m.Kind.Kind == kind);
        Assert.Equal(new GroupVersionResource(group, version, resource), mapping.Resource);
        Assert.Equal(new GroupVersionKind(group, version, kind), mapping.Kind);
        Assert.Equal(scope, mapping.Scope);
        if (shortName is not null)
        {
            Assert.Contains(shortName, mapping.ShortNames);
        }
    }

    [Fact]
    public void Subresources_attach_to_their_parent_with_their_own_kind()
    {
        var deployments = RestMappingBuilder.FromResourceList(Load("discovery/apis-apps-v1.json")).Single(m => m.Resource.Resource == "deployments");

        Assert.Equal(new GroupVersionKind("autoscaling", "v1", "Scale"), deployments.Subresources["scale"]);
        Assert.Equal(new GroupVersionKind("apps", "v1", "Deployment"), deployments.Subresources["status"]);
        Assert.True(deployments.Supports("patch"));
        Assert.False(deployments.HasSubresource("proxy"));
    }

    [Fact]
    public void Subresource_entries_are_not_mappings_of_their_own()
    {
        var mappings = RestMappingBuilder.FromResourceList(Load("discovery/api-v1.json"));

        Assert.DoesNotContain(mappings, m => m.Resource.Resource.Contains('/', StringComparison.Ordinal));
        var pods = mappings.Single(m => m.Resource.Resource == "pods");
        Assert.Equal(["attach", "binding", "eviction", "exec", "log", "portforward", "proxy", "status"], pods.Subresources.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new GroupVersionKind("policy", "v1beta1", "Eviction"), pods.Subresources["eviction"]);
    }

    private static ApiResourceList Load(string file) =>
        JsonSerializer.Deserialize(TestData.Read(file), MembersJsonContext.Default.ApiResourceList)!;
}
