using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Tests.Meta;

public sealed class GroupVersionKindTests
{
    [Theory]
    [InlineData("v1", "", "v1", "v1", "/api/v1")]
    [InlineData("apps/v1", "apps", "v1", "apps/v1", "/apis/apps/v1")]
    [InlineData("policy.karmada.io/v1alpha1", "policy.karmada.io", "v1alpha1", "policy.karmada.io/v1alpha1", "/apis/policy.karmada.io/v1alpha1")]
    public void GroupVersion_parses_api_versions(string apiVersion, string group, string version, string text, string discoveryPath)
    {
        var gv = GroupVersion.Parse(apiVersion);

        Assert.Equal(group, gv.Group);
        Assert.Equal(version, gv.Version);
        Assert.Equal(text, gv.ToString());
        Assert.Equal(discoveryPath, gv.DiscoveryPath);
        Assert.Equal(group.Length == 0, gv.IsCore);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a/b/c")]
    [InlineData("/v1")]
    [InlineData("apps/")]
    [InlineData(" apps/v1")]
    public void GroupVersion_rejects_malformed_api_versions(string apiVersion)
    {
        Assert.False(GroupVersion.TryParse(apiVersion, out _));
        var error = Assert.Throws<FormatException>(() => GroupVersion.Parse(apiVersion));
        Assert.Contains("invalid apiVersion", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apps/v1", "Deployment", "apps", "v1", "apps/v1, Kind=Deployment")]
    [InlineData("v1", "ConfigMap", "", "v1", "v1, Kind=ConfigMap")]
    [InlineData("apiextensions.k8s.io/v1", "CustomResourceDefinition", "apiextensions.k8s.io", "v1", "apiextensions.k8s.io/v1, Kind=CustomResourceDefinition")]
    public void GroupVersionKind_from_an_objects_type_fields(string apiVersion, string kind, string group, string version, string text)
    {
        var gvk = GroupVersionKind.FromApiVersionAndKind(apiVersion, kind);

        Assert.Equal(new GroupVersionKind(group, version, kind), gvk);
        Assert.Equal(apiVersion, gvk.ApiVersion);
        Assert.Equal(text, gvk.ToString());
    }

    [Fact]
    public void GroupVersionKind_needs_a_kind() =>
        Assert.Throws<FormatException>(() => GroupVersionKind.FromApiVersionAndKind("v1", ""));

    [Theory]
    [InlineData("deployments.v1.apps", "apps", "v1", "deployments")]
    [InlineData("pods.v1.", "", "v1", "pods")]
    [InlineData("pods.v1", "", "v1", "pods")]
    [InlineData("propagationpolicies.v1alpha1.policy.karmada.io", "policy.karmada.io", "v1alpha1", "propagationpolicies")]
    public void GroupVersionResource_parses_kubectls_resource_arg(string arg, string group, string version, string resource)
    {
        Assert.Equal(new GroupVersionResource(group, version, resource), GroupVersionResource.ParseResourceArg(arg));
    }

    [Theory]
    [InlineData("deployments")]
    [InlineData(".v1.apps")]
    public void GroupVersionResource_rejects_incomplete_args(string arg) =>
        Assert.Throws<FormatException>(() => GroupVersionResource.ParseResourceArg(arg));

    [Fact]
    public void GroupVersionResource_prints_like_client_go() =>
        Assert.Equal("apps/v1, Resource=deployments", new GroupVersionResource("apps", "v1", "deployments").ToString());
}
