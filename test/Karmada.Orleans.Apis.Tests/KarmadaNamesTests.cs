namespace Karmada.Orleans.Apis.Tests;

public sealed class KarmadaNamesTests
{
    [Theory]
    [InlineData("Deployment", "nginx", "nginx-deployment")]
    [InlineData("ClusterRole", "system:controller:foo", "system.controller.foo-clusterrole")]
    [InlineData("CustomResourceDefinition", "guestbooks.webapp.my.domain", "guestbooks.webapp.my.domain-customresourcedefinition")]
    [InlineData("Guestbook", "Guestbook-Sample", "guestbook-sample-guestbook")]
    public void Binding_names_are_lower_name_dash_kind(string kind, string name, string expected)
    {
        Assert.Equal(expected, KarmadaNames.GenerateBindingName(kind, name));
    }

    [Fact]
    public void Execution_spaces_round_trip()
    {
        Assert.Equal("karmada-es-member1", KarmadaNames.GenerateExecutionSpaceName("member1"));
        Assert.Equal("member1", KarmadaNames.GetClusterName("karmada-es-member1"));
        Assert.Null(KarmadaNames.GetClusterName("default"));
        Assert.Null(KarmadaNames.GetClusterName("karmada-es-"));
        Assert.True(KarmadaNames.IsExecutionSpace("karmada-es-a"));
    }

    [Fact]
    public void Well_known_keys_are_Karmadas()
    {
        Assert.Equal("policy.karmada.io/applied-placement", KarmadaAnnotations.AppliedPlacement);
        Assert.Equal("cluster.karmada.io/unreachable", KarmadaTaints.Unreachable);
        Assert.Equal("propagationpolicy.karmada.io/name", KarmadaLabels.PropagationPolicyName);
    }
}
