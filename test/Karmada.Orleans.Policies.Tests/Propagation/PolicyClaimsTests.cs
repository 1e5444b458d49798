namespace Karmada.Orleans.Policies.Tests;

public sealed class PolicyClaimsTests
{
    [Theory]
    [InlineData("{annotations: {propagationpolicy.karmada.io/namespace: default, propagationpolicy.karmada.io/name: pp}}", "PropagationPolicy", "default", "pp")]
    [InlineData("{labels: {propagationpolicy.karmada.io/namespace: default, propagationpolicy.karmada.io/name: old}}", "PropagationPolicy", "default", "old")]
    [InlineData("{annotations: {clusterpropagationpolicy.karmada.io/name: cpp}}", "ClusterPropagationPolicy", null, "cpp")]
    [InlineData("{labels: {clusterpropagationpolicy.karmada.io/name: cpp}}", "ClusterPropagationPolicy", null, "cpp")]
    [InlineData("{annotations: {clusterpropagationpolicy.karmada.io/name: cpp, propagationpolicy.karmada.io/namespace: default, propagationpolicy.karmada.io/name: pp}}", "PropagationPolicy", "default", "pp")]
    public void Reads_the_claim(string metadataYaml, string kind, string? ns, string name)
    {
        var template = Fixtures.Obj($"{{apiVersion: apps/v1, kind: Deployment, metadata: {metadataYaml}}}");

        Assert.Equal(new PolicyReference(kind, ns, name), PolicyClaims.Read(template));
    }

    [Fact]
    public void Unclaimed() => Assert.Null(PolicyClaims.Read(Fixtures.Deployment()));

    [Fact]
    public void A_propagation_policy_claim_replaces_a_cluster_policy_claim()
    {
        var template = Fixtures.Obj("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: nginx
              namespace: default
              labels: {app: nginx, clusterpropagationpolicy.karmada.io/permanent-id: c1}
              annotations: {clusterpropagationpolicy.karmada.io/name: cpp}
            """);
        var match = new PolicyMatch
        {
            Policy = new PolicyReference("PropagationPolicy", "default", "pp"),
            Spec = new PropagationSpec(),
            PermanentId = "p1",
            Reason = PolicyMatchReason.Preempted,
            Message = "",
        };

        var claimed = PolicyClaims.Claim(template, match);

        Assert.Equal("{\"app\":\"nginx\",\"propagationpolicy.karmada.io/permanent-id\":\"p1\"}", Fixtures.At(claimed, "/metadata/labels"));
        Assert.Equal(
            "{\"propagationpolicy.karmada.io/namespace\":\"default\",\"propagationpolicy.karmada.io/name\":\"pp\"}",
            Fixtures.At(claimed, "/metadata/annotations"));
        Assert.Equal(match.Policy, PolicyClaims.Read(claimed));
        Assert.Equal("\"cpp\"", Fixtures.At(template, "/metadata/annotations/clusterpropagationpolicy.karmada.io~1name"));
    }

    [Fact]
    public void Release_removes_every_claim()
    {
        var template = Fixtures.Obj("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c
              labels: {propagationpolicy.karmada.io/permanent-id: p1}
              annotations: {propagationpolicy.karmada.io/namespace: default, propagationpolicy.karmada.io/name: pp, keep: me}
            """);

        var released = PolicyClaims.Release(template);

        Assert.Null(PolicyClaims.Read(released));
        Assert.Equal("<missing>", Fixtures.At(released, "/metadata/labels"));
        Assert.Equal("{\"keep\":\"me\"}", Fixtures.At(released, "/metadata/annotations"));
    }
}
