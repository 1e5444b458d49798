using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>
/// Which policy propagates a template, over time: a claimed template stays with its policy when a
/// better one appears (Karmada's default, PolicyPreemption off), is matched afresh when its policy is
/// deleted, is released when no policy is left, and is taken over by a preempting policy when
/// PolicyPreemption is on. Claims are Karmada's: the permanent-id label and the name annotations.
/// </summary>
[Collection(MemberClusterCollection.Name)]
public sealed class PolicyClaimTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: NAME, labels: {app: NAME, tier: web}}
        spec:
          replicas: 1
          selector: {matchLabels: {app: NAME}}
          template:
            metadata: {labels: {app: NAME}}
            spec: {containers: [{name: c, image: nginx}]}
        """;

    [Fact]
    public async Task A_claimed_template_stays_with_its_policy_until_that_policy_is_deleted_and_is_released_when_none_is_left()
    {
        await using var silo = await SiloProcess.StartAsync(extraArgs: ["--demo-members", "2"]);
        var kubectl = new Kubectl(silo.Kubeconfig);
        (await kubectl.RunAsync(["apply", "-f", "-"], Policy("low", 1, "matchLabels: {tier: web}", "member1", preempt: false) + "\n---\n" + Deployment.Replace("NAME", "web", StringComparison.Ordinal))).EnsureSuccess();
        await WaitForClustersAsync(kubectl, "web", "member1");

        (await kubectl.RunAsync(["apply", "-f", "-"], Policy("high", 10, "matchLabels: {tier: web}", "member2", preempt: true))).EnsureSuccess();
        (await kubectl.RunAsync(["apply", "-f", "-"], Deployment.Replace("NAME", "later", StringComparison.Ordinal))).EnsureSuccess();
        await WaitForClustersAsync(kubectl, "later", "member2");

        // The detector has seen "high" (a new template went to it), yet "web" keeps its claim.
        Assert.Equal("default/low", await ClaimAsync(kubectl, "deployment web"));
        Assert.Equal("default/low", await ClaimAsync(kubectl, "resourcebinding web-deployment"));
        Assert.Equal("member1", await ClustersAsync(kubectl, "web"));
        var lowId = (await kubectl.RunAsync("get propagationpolicy low -o jsonpath={.metadata.labels.propagationpolicy\\.karmada\\.io/permanent-id}")).Output;
        Assert.NotEmpty(lowId);
        Assert.Equal(lowId, (await kubectl.RunAsync("get deployment web -o jsonpath={.metadata.labels.propagationpolicy\\.karmada\\.io/permanent-id}")).Output);

        (await kubectl.RunAsync("delete propagationpolicy low")).EnsureSuccess();
        await WaitForClustersAsync(kubectl, "web", "member2");
        Assert.Equal("default/high", await ClaimAsync(kubectl, "deployment web"));

        // The last policy goes: the claims are released, the binding (and what the members run) stays.
        (await kubectl.RunAsync("delete propagationpolicy high")).EnsureSuccess();
        await Eventually.HoldsAsync(async () => await ClaimAsync(kubectl, "deployment web") == "/", TimeSpan.FromSeconds(30), "web released");
        await Eventually.HoldsAsync(async () => await ClaimAsync(kubectl, "resourcebinding web-deployment") == "/", TimeSpan.FromSeconds(30), "web's binding released");
        Assert.Equal("", (await kubectl.RunAsync("get deployment web -o jsonpath={.metadata.labels.propagationpolicy\\.karmada\\.io/permanent-id}")).Output);
        Assert.Equal("member2", await ClustersAsync(kubectl, "web"));
    }

    [Fact]
    public async Task With_policy_preemption_a_higher_priority_policy_takes_the_template_over()
    {
        await using var silo = await SiloProcess.StartAsync(extraArgs: ["--demo-members", "2", "--policy-preemption", "true"]);
        var kubectl = new Kubectl(silo.Kubeconfig);
        (await kubectl.RunAsync(["apply", "-f", "-"], Policy("low", 1, "matchLabels: {tier: web}", "member1", preempt: false) + "\n---\n" + Deployment.Replace("NAME", "web", StringComparison.Ordinal))).EnsureSuccess();
        await WaitForClustersAsync(kubectl, "web", "member1");

        (await kubectl.RunAsync(["apply", "-f", "-"], Policy("high", 10, "matchLabels: {tier: web}", "member2", preempt: true))).EnsureSuccess();

        await WaitForClustersAsync(kubectl, "web", "member2");
        Assert.Equal("default/high", await ClaimAsync(kubectl, "deployment web"));
        await Eventually.HoldsAsync(
            async () => (await kubectl.RunAsync("get events --field-selector reason=PreemptPolicySucceed -o jsonpath={.items[*].message}")).Output
                .Contains("Propagation policy(default/high) preempted propagation policy(default/low) successfully", StringComparison.OrdinalIgnoreCase),
            TimeSpan.FromSeconds(30),
            "a PreemptPolicySucceed event");
    }

    private static string Policy(string name, int priority, string selector, string cluster, bool preempt) => $$"""
        apiVersion: policy.karmada.io/v1alpha1
        kind: PropagationPolicy
        metadata: {name: {{name}}}
        spec:
          priority: {{priority}}
          preemption: {{(preempt ? "Always" : "Never")}}
          resourceSelectors:
          - apiVersion: apps/v1
            kind: Deployment
            labelSelector: {{{selector}}}
          placement:
            clusterAffinity: {clusterNames: [{{cluster}}]}
        """;

    /// <summary>The claiming PropagationPolicy as "namespace/name" from the object's annotations ("/" when unclaimed).</summary>
    private static async Task<string> ClaimAsync(Kubectl kubectl, string obj) =>
        (await kubectl.RunAsync($"get {obj} -o jsonpath={{.metadata.annotations.propagationpolicy\\.karmada\\.io/namespace}}/{{.metadata.annotations.propagationpolicy\\.karmada\\.io/name}}")).Output;

    private static async Task<string> ClustersAsync(Kubectl kubectl, string deployment) =>
        (await kubectl.RunAsync($"get resourcebinding {deployment}-deployment -o jsonpath={{.spec.clusters[*].name}}")).Output;

    private static Task WaitForClustersAsync(Kubectl kubectl, string deployment, string clusters) =>
        Eventually.HoldsAsync(async () => await ClustersAsync(kubectl, deployment) == clusters, TimeSpan.FromSeconds(60), $"{deployment} bound to {clusters}");
}
