using Karmada.Orleans.Members.Mapping;
using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Tests.RealCluster;

[Collection(KubeApiServerCollection.Name)]
public sealed class RealDiscoveryTests(KubeApiServerFixture cluster)
{
    [KubeApiServerFact]
    public async Task Reads_the_version()
    {
        var version = await cluster.Client.Discovery.GetServerVersionAsync();

        Assert.Equal("v1.20.2", version.GitVersion);
        Assert.Equal(("1", "20"), (version.Major, version.Minor));
    }

    [KubeApiServerFact]
    public async Task Reads_groups_and_every_group_versions_resources()
    {
        var all = await cluster.Client.Discovery.GetServerGroupsAndResourcesAsync();

        Assert.Empty(all.Failed);
        Assert.Equal("", all.Groups[0].Name);
        Assert.Contains(all.Groups, g => g.Name == "apps");
        var apps = Assert.Single(all.Resources, r => r.GroupVersion == "apps/v1");
        Assert.Contains(apps.Resources, r => r.Name == "deployments/scale" && r.Group == "autoscaling");
        var core = Assert.Single(all.Resources, r => r.GroupVersion == "v1");
        Assert.Contains(core.Resources, r => r.Name == "configmaps" && r.Namespaced);
    }

    [KubeApiServerFact]
    public async Task Maps_built_in_kinds()
    {
        var deployment = await cluster.Client.Mapper.GetMappingAsync(new GroupVersionKind("apps", "v1", "Deployment"));
        var node = await cluster.Client.Mapper.GetPreferredMappingAsync("", "Node");
        var crd = await cluster.Client.Mapper.GetPreferredMappingAsync("apiextensions.k8s.io", "CustomResourceDefinition");

        Assert.Equal(("deployments", ResourceScope.Namespaced), (deployment.Resource.Resource, deployment.Scope));
        Assert.Equal(new GroupVersionKind("autoscaling", "v1", "Scale"), deployment.Subresources["scale"]);
        Assert.Equal(("nodes", ResourceScope.Cluster), (node.Resource.Resource, node.Scope));
        Assert.Equal(new GroupVersionResource("apiextensions.k8s.io", "v1", "customresourcedefinitions"), crd.Resource);
    }

    [KubeApiServerFact]
    public async Task Answers_health_endpoints()
    {
        Assert.Equal("ok", await cluster.Client.Rest.GetStringAsync("/readyz", CancellationToken.None));
        Assert.Equal("ok", await cluster.Client.Rest.GetStringAsync("/healthz", CancellationToken.None));
    }
}
