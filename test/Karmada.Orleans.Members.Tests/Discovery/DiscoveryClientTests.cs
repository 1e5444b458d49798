using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.Members.Tests.Discovery;

public sealed class DiscoveryClientTests
{
    [Fact]
    public async Task Reads_version_core_versions_and_groups()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();

        var version = await client.Discovery.GetServerVersionAsync();
        var core = await client.Discovery.GetCoreApiVersionsAsync();
        var groups = await client.Discovery.GetServerGroupsAsync();

        Assert.Equal(("1", "20", "linux/amd64"), (version.Major, version.Minor, version.Platform));
        Assert.Equal(["v1"], core.Versions);
        Assert.Equal("", groups[0].Name);
        Assert.Equal("v1", groups[0].PreferredVersion!.GroupVersion);
        var apps = Assert.Single(groups, g => g.Name == "apps");
        Assert.Equal("apps/v1", apps.PreferredVersion!.GroupVersion);
        Assert.Contains(groups, g => g.Name == "autoscaling" && g.Versions.Count > 1);
    }

    [Fact]
    public async Task Reads_a_group_versions_resources()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();

        var apps = await client.Discovery.GetServerResourcesForGroupVersionAsync(new GroupVersion("apps", "v1"));

        Assert.Equal("apps/v1", apps.GroupVersion);
        var deployments = Assert.Single(apps.Resources, r => r.Name == "deployments");
        Assert.True(deployments.Namespaced);
        Assert.Equal("Deployment", deployments.Kind);
        Assert.Contains("watch", deployments.Verbs);
        Assert.Equal(["deploy"], deployments.ShortNames);
    }

    [Fact]
    public async Task A_group_version_that_fails_does_not_hide_the_others()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Intercept = async (context, path) =>
        {
            if (path != "/apis/batch/v1")
            {
                return false;
            }

            context.Response.StatusCode = 503;
            await context.Response.WriteAsync("service unavailable");
            return true;
        };
        using var client = server.CreateClient();

        var all = await client.Discovery.GetServerGroupsAndResourcesAsync();

        Assert.Contains(all.Resources, r => r.GroupVersion == "apps/v1");
        Assert.Contains(all.Resources, r => r.GroupVersion == "v1");
        var failure = Assert.IsType<KubernetesApiException>(all.Failed[new GroupVersion("batch", "v1")]);
        Assert.Equal(503, failure.StatusCode);

        // Group versions the recording did not capture answer 404 and are reported, not thrown.
        Assert.IsType<KubernetesNotFoundException>(all.Failed[new GroupVersion("apiregistration.k8s.io", "v1")]);
    }
}
