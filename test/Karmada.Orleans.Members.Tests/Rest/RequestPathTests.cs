using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Rest;
using Karmada.Orleans.Members.Watch;

namespace Karmada.Orleans.Members.Tests.Rest;

public sealed class RequestPathTests
{
    private static readonly GroupVersionResource Deployments = new("apps", "v1", "deployments");
    private static readonly GroupVersionResource Namespaces = new("", "v1", "namespaces");

    [Theory]
    [InlineData("https://10.0.0.1:6443", "/api/v1/pods", "https://10.0.0.1:6443/api/v1/pods")]
    [InlineData("https://10.0.0.1:6443/", "/api/v1/pods", "https://10.0.0.1:6443/api/v1/pods")]
    [InlineData("https://host:1/some/prefix", "/apis/apps/v1?limit=1", "https://host:1/some/prefix/apis/apps/v1?limit=1")]
    [InlineData("https://host:1/some/prefix/", "/version", "https://host:1/some/prefix/version")]
    [InlineData("http://localhost:8080", "/api/v1/namespaces/a%20b/pods", "http://localhost:8080/api/v1/namespaces/a%20b/pods")]
    public void RequestUri_keeps_the_servers_path_prefix(string server, string path, string expected) =>
        Assert.Equal(expected, RequestUri.Build(new Uri(server), path).AbsoluteUri);

    [Fact]
    public void RequestUri_wants_an_absolute_path() =>
        Assert.Throws<ArgumentException>(() => RequestUri.Build(new Uri("https://h"), "api/v1"));

    [Theory]
    [InlineData(null, null, null, "/apis/apps/v1/deployments")]
    [InlineData("default", null, null, "/apis/apps/v1/namespaces/default/deployments")]
    [InlineData("default", "nginx", null, "/apis/apps/v1/namespaces/default/deployments/nginx")]
    [InlineData("default", "nginx", "scale", "/apis/apps/v1/namespaces/default/deployments/nginx/scale")]
    [InlineData("default", "nginx", "status", "/apis/apps/v1/namespaces/default/deployments/nginx/status")]
    public void ResourcePath_for_namespaced_resources(string? ns, string? name, string? subresource, string expected) =>
        Assert.Equal(expected, ResourcePath.For(Deployments, ns, name, subresource));

    [Theory]
    [InlineData(null, "/api/v1/namespaces")]
    [InlineData("karmada-es-member1", "/api/v1/namespaces/karmada-es-member1")]
    public void ResourcePath_for_core_cluster_scoped_resources(string? name, string expected) =>
        Assert.Equal(expected, ResourcePath.For(Namespaces, null, name));

    [Theory]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("")]
    public void ResourcePath_refuses_names_that_escape_the_path(string name) =>
        Assert.Throws<ArgumentException>(() => ResourcePath.For(Deployments, "default", name));

    [Fact]
    public void ResourcePath_subresource_needs_a_name() =>
        Assert.Throws<ArgumentException>(() => ResourcePath.For(Deployments, "default", null, "scale"));

    [Fact]
    public void ListOptions_escape_selectors_and_skip_unset_values()
    {
        var query = new ListOptions { LabelSelector = "app=nginx,tier!=db", FieldSelector = "metadata.name=a", Limit = 2, Continue = "tok=en" }.ToQuery().ToString();

        Assert.Equal("?labelSelector=app%3Dnginx%2Ctier%21%3Ddb&fieldSelector=metadata.name%3Da&limit=2&continue=tok%3Den", query);
        Assert.Equal("", new ListOptions().ToQuery().ToString());
    }

    [Fact]
    public void WatchOptions_ask_for_bookmarks_from_a_version()
    {
        var query = new WatchOptions { ResourceVersion = "42", TimeoutSeconds = 300, LabelSelector = "x" }.ToQuery().ToString();

        Assert.Equal("?watch=true&resourceVersion=42&allowWatchBookmarks=true&labelSelector=x&timeoutSeconds=300", query);
    }

    [Fact]
    public void Write_and_apply_options_become_query_parameters()
    {
        Assert.Equal("?fieldManager=karmada&dryRun=All", new WriteOptions { FieldManager = "karmada", DryRun = true }.ToQuery().ToString());
        Assert.Equal("?fieldManager=karmada&force=true", new ApplyOptions("karmada") { Force = true }.ToQuery().ToString());
        Assert.Equal("?fieldManager=karmada", new ApplyOptions("karmada").ToQuery().ToString());
        Assert.Throws<ArgumentException>(() => new ApplyOptions("").ToQuery());
    }

    [Fact]
    public void DeleteOptions_body_carries_policy_and_preconditions()
    {
        var json = new DeleteOptions
        {
            PropagationPolicy = PropagationPolicy.Foreground,
            GracePeriodSeconds = 0,
            Preconditions = new Preconditions(Uid: "u-1", ResourceVersion: "7"),
            DryRun = true,
        }.ToJson().ToJsonString();

        Assert.Equal(
            """{"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Foreground","gracePeriodSeconds":0,"preconditions":{"uid":"u-1","resourceVersion":"7"},"dryRun":["All"]}""",
            json);
    }

    [Theory]
    [InlineData(PatchType.Json, "application/json-patch+json")]
    [InlineData(PatchType.Merge, "application/merge-patch+json")]
    [InlineData(PatchType.StrategicMerge, "application/strategic-merge-patch+json")]
    public void Patch_types_map_to_media_types(PatchType type, string mediaType) =>
        Assert.Equal(mediaType, type.ToMediaType());
}
