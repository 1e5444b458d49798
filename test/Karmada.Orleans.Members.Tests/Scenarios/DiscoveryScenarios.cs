using Karmada.Orleans.Members.Tests.Infrastructure;
using Karmada.Orleans.Members.Mapping;
using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Tests.Scenarios;

/// <summary>Discovery scenarios the member client must pass against any Kubernetes API server: a real kube-apiserver and the member simulator.</summary>
public static class DiscoveryScenarios
{
    public static async Task Reads_the_version(IMemberClusterFixture cluster)
    {
        var version = await cluster.Client.Discovery.GetServerVersionAsync();

        Assert.Equal(cluster.ExpectedVersion, (version.GitVersion, version.Major, version.Minor));
    }

    public static async Task Reads_groups_and_every_group_versions_resources(IMemberClusterFixture cluster)
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

    public static async Task Maps_built_in_kinds(IMemberClusterFixture cluster)
    {
        var deployment = await cluster.Client.Mapper.GetMappingAsync(new GroupVersionKind("apps", "v1", "Deployment"));
        var node = await cluster.Client.Mapper.GetPreferredMappingAsync("", "Node");
        var crd = await cluster.Client.Mapper.GetPreferredMappingAsync("apiextensions.k8s.io", "CustomResourceDefinition");

        Assert.Equal(("deployments", ResourceScope.Namespaced), (deployment.Resource.Resource, deployment.Scope));
        Assert.Equal(new GroupVersionKind("autoscaling", "v1", "Scale"), deployment.Subresources["scale"]);
        Assert.Equal(("nodes", ResourceScope.Cluster), (node.Resource.Resource, node.Scope));
        Assert.Equal(new GroupVersionResource("apiextensions.k8s.io", "v1", "customresourcedefinitions"), crd.Resource);
    }

    public static async Task Answers_health_endpoints(IMemberClusterFixture cluster)
    {
        // A freshly started kube-apiserver answers 500 until its post-start hooks finish.
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                return await cluster.Client.Rest.GetStringAsync("/readyz", CancellationToken.None) == "ok";
            }
            catch (Karmada.Orleans.Members.Errors.KubernetesApiException error) when (error.StatusCode == 500)
            {
                return false;
            }
        }, "/readyz answers ok");
        Assert.Equal("ok", await cluster.Client.Rest.GetStringAsync("/healthz", CancellationToken.None));
    }
}
