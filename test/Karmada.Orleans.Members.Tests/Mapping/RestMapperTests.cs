using Karmada.Orleans.Members.Mapping;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;

namespace Karmada.Orleans.Members.Tests.Mapping;

public sealed class RestMapperTests
{
    private const string WidgetsV1 = """
        {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"example.karmada.io/v1","resources":[
          {"name":"widgets","singularName":"widget","namespaced":true,"kind":"Widget","verbs":["get","list","watch","create","update","patch","delete"],"shortNames":["wd"]},
          {"name":"widgets/status","singularName":"","namespaced":true,"kind":"Widget","verbs":["get","patch","update"]}]}
        """;

    [Theory]
    [InlineData("apps", "v1", "Deployment", "deployments", ResourceScope.Namespaced)]
    [InlineData("", "v1", "ConfigMap", "configmaps", ResourceScope.Namespaced)]
    [InlineData("", "v1", "Namespace", "namespaces", ResourceScope.Cluster)]
    [InlineData("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", ResourceScope.Cluster)]
    public async Task Maps_kinds_of_a_real_servers_discovery(string group, string version, string kind, string resource, ResourceScope scope)
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();

        var mapping = await client.Mapper.GetMappingAsync(new GroupVersionKind(group, version, kind));

        Assert.Equal(resource, mapping.Resource.Resource);
        Assert.Equal(scope, mapping.Scope);
    }

    [Theory]
    [InlineData("deployments")]
    [InlineData("deploy")]
    [InlineData("deployment")]
    public async Task Maps_resources_by_plural_short_or_kind_name(string name)
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();

        var mapping = await client.Mapper.GetMappingAsync(new GroupVersionResource("apps", "v1", name));

        Assert.Equal(new GroupVersionKind("apps", "v1", "Deployment"), mapping.Kind);
    }

    [Fact]
    public async Task Lookups_are_cached_and_shared()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.Mapper.GetMappingAsync(new GroupVersionKind("apps", "v1", "Deployment"))));
        await client.Mapper.GetMappingAsync(new GroupVersionKind("apps", "v1", "StatefulSet"));

        Assert.Single(server.Requests, r => r.Path == "/apis/apps/v1");
    }

    [Fact]
    public async Task A_kind_served_by_a_new_crd_is_found_by_refreshing_on_a_miss()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();
        var widget = new GroupVersionKind("example.karmada.io", "v1", "Widget");

        var before = await Assert.ThrowsAsync<NoKindMatchException>(() => client.Mapper.GetMappingAsync(widget));
        Assert.False(before.GroupVersionServed);
        Assert.Contains("group version \"example.karmada.io/v1\" is not served (is its CRD or API service installed?)", before.Message, StringComparison.Ordinal);

        server.Discovery["/apis/example.karmada.io/v1"] = WidgetsV1;
        var mapping = await client.Mapper.GetMappingAsync(widget);

        Assert.Equal("widgets", mapping.Resource.Resource);
        Assert.Equal(widget, mapping.Subresources["status"]);
    }

    [Fact]
    public async Task A_kind_added_to_a_served_group_version_is_found_too()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();
        server.Discovery["/apis/example.karmada.io/v1"] = WidgetsV1;
        await client.Mapper.GetMappingAsync(new GroupVersionKind("example.karmada.io", "v1", "Widget"));

        var gadget = new GroupVersionKind("example.karmada.io", "v1", "Gadget");
        var missing = await Assert.ThrowsAsync<NoKindMatchException>(() => client.Mapper.GetMappingAsync(gadget));
        Assert.True(missing.GroupVersionServed);

        server.Discovery["/apis/example.karmada.io/v1"] = WidgetsV1.Replace(
            "{\"name\":\"widgets/status\"",
            "{\"name\":\"gadgets\",\"singularName\":\"gadget\",\"namespaced\":false,\"kind\":\"Gadget\",\"verbs\":[\"get\"]},{\"name\":\"widgets/status\"",
            StringComparison.Ordinal);
        var mapping = await client.Mapper.GetMappingAsync(gadget);

        Assert.Equal(ResourceScope.Cluster, mapping.Scope);
    }

    [Fact]
    public async Task Preferred_mapping_uses_the_groups_preferred_version()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();

        var mapping = await client.Mapper.GetPreferredMappingAsync("apps", "Deployment");
        var missing = await Assert.ThrowsAsync<NoKindMatchException>(() => client.Mapper.GetPreferredMappingAsync("nope.io", "Thing"));

        Assert.Equal(new GroupVersionResource("apps", "v1", "deployments"), mapping.Resource);
        Assert.Contains("kind \"Thing\" in group \"nope.io\"", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transport_failures_are_not_cached()
    {
        await using var server = await FakeApiServer.StartAsync();
        var fail = true;
        server.Intercept = (context, path) =>
        {
            if (!fail || path != "/apis/apps/v1")
            {
                return Task.FromResult(false);
            }

            context.Abort();
            return Task.FromResult(true);
        };
        using var client = server.CreateClient();
        var deployment = new GroupVersionKind("apps", "v1", "Deployment");

        await Assert.ThrowsAnyAsync<Exception>(() => client.Mapper.GetMappingAsync(deployment));
        fail = false;

        Assert.Equal("deployments", (await client.Mapper.GetMappingAsync(deployment)).Resource.Resource);
    }
}
