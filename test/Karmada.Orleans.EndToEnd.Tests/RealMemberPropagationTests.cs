using System.Text.Json.Nodes;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>The nginx walkthrough against two real kube-apiservers as member clusters.</summary>
[Collection(MemberClusterCollection.Name)]
public sealed class RealMemberPropagationTests
{
    private static readonly string Samples = Path.Combine(RepositoryPaths.Root, "..", "shared", "reference", "samples", "nginx");

    [KubeApiServerFact]
    public async Task The_nginx_sample_is_divided_over_two_members_scales_is_overridden_and_is_removed_with_the_template()
    {
        await using var member1 = await RealMemberCluster.StartAsync("prop1");
        await using var member2 = await RealMemberCluster.StartAsync("prop2");
        await using var silo = await SiloProcess.StartAsync(extraArgs: ["--cluster-status-update-frequency", "1s"]);
        var kubectl = new Kubectl(silo.Kubeconfig);
        var karmadactl = new Karmadactl(silo.Kubeconfig);
        var m1 = new Kubectl(member1.Kubeconfig);
        var m2 = new Kubectl(member2.Kubeconfig);
        (await karmadactl.RunAsync("join", "member1", "--cluster-kubeconfig", member1.Kubeconfig)).EnsureSuccess();
        (await karmadactl.RunAsync("join", "member2", "--cluster-kubeconfig", member2.Kubeconfig)).EnsureSuccess();
        await Eventually.HoldsAsync(async () => (await kubectl.RunAsync("get clusters -o jsonpath={.items[*].status.conditions[0].status}")).Output == "True True", TimeSpan.FromSeconds(60), "both clusters ready");

        (await kubectl.RunAsync(["apply", "-f", Path.Combine(Samples, "deployment.yaml")])).EnsureSuccess();
        (await kubectl.RunAsync(["apply", "-f", Path.Combine(Samples, "propagationpolicy.yaml")])).EnsureSuccess();
        (await kubectl.RunAsync(["apply", "-f", Path.Combine(Samples, "overridepolicy.yaml")])).EnsureSuccess();

        await Eventually.HoldsAsync(async () => await ReplicasAsync(m1) == 1 && await ReplicasAsync(m2) == 1, TimeSpan.FromSeconds(60), "1 replica in each member");
        // FullyApplied follows the Works' Applied conditions, which trail the member objects by a status flush and an aggregation.
        await Eventually.HoldsAsync(async () => System.Text.RegularExpressions.Regex.IsMatch((await kubectl.RunAsync("get rb")).EnsureSuccess().Output, @"nginx-deployment\s+True\s+True"), TimeSpan.FromSeconds(30), "binding Scheduled and FullyApplied");
        await Eventually.HoldsAsync(async () => (await m2.RunAsync("get deploy nginx -o jsonpath={.metadata.labels.env}")).Output == "skoala-dev", TimeSpan.FromSeconds(30), "member2 overridden");
        Assert.Equal("skoala-stage", (await m1.RunAsync("get deploy nginx -o jsonpath={.metadata.annotations.env}")).Output);

        var describe = (await kubectl.RunAsync("describe deploy nginx")).EnsureSuccess().Output;
        foreach (var reason in new[] { "ApplyPolicySucceed", "ScheduleBindingSucceed", "SyncWorkSucceed", "SyncSucceed", "AggregateStatusSucceed" })
        {
            Assert.Contains(reason, describe, StringComparison.Ordinal);
        }

        Assert.Contains("Result: {member1:1, member2:1}", describe, StringComparison.Ordinal);

        (await kubectl.RunAsync("scale deploy nginx --replicas=4")).EnsureSuccess();
        await Eventually.HoldsAsync(async () => await ReplicasAsync(m1) == 2 && await ReplicasAsync(m2) == 2, TimeSpan.FromSeconds(60), "2 replicas in each member");

        (await kubectl.RunAsync("delete deploy nginx")).EnsureSuccess();
        await Eventually.HoldsAsync(async () => (await m1.RunAsync("get deploy nginx")).ExitCode != 0 && (await m2.RunAsync("get deploy nginx")).ExitCode != 0, TimeSpan.FromSeconds(60), "removed from members");
        await Eventually.HoldsAsync(async () => (await kubectl.RunAsync("get works -A -o name")).Output.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries).All(w => !w.Contains("nginx", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "works gone");
        Assert.NotEqual(0, (await kubectl.RunAsync("get rb nginx-deployment")).ExitCode);
    }

    [KubeApiServerFact]
    public async Task The_guestbook_sample_propagates_the_crd_then_the_custom_resource_with_its_override()
    {
        var samples = Path.Combine(RepositoryPaths.Root, "..", "shared", "reference", "samples", "guestbook");
        await using var member1 = await RealMemberCluster.StartAsync("gb1");
        await using var silo = await SiloProcess.StartAsync(extraArgs: ["--cluster-status-update-frequency", "1s"]);
        var kubectl = new Kubectl(silo.Kubeconfig);
        var m1 = new Kubectl(member1.Kubeconfig);
        (await new Karmadactl(silo.Kubeconfig).RunAsync("join", "member1", "--cluster-kubeconfig", member1.Kubeconfig)).EnsureSuccess();

        foreach (var file in new[] { "guestbooks-crd.yaml", "guestbooks-clusterpropagationpolicy.yaml" })
        {
            (await kubectl.RunAsync(["apply", "-f", Path.Combine(samples, file)])).EnsureSuccess();
        }

        await Eventually.HoldsAsync(async () => (await m1.RunAsync("get crd guestbooks.webapp.my.domain")).ExitCode == 0, TimeSpan.FromSeconds(60), "CRD in member1");
        foreach (var file in new[] { "guestbook.yaml", "guestbooks-propagationpolicy.yaml", "guestbooks-overridepolicy.yaml" })
        {
            (await kubectl.RunAsync(["apply", "-f", Path.Combine(samples, file)])).EnsureSuccess();
        }

        await Eventually.HoldsAsync(async () => (await m1.RunAsync("get guestbook guestbook-sample -o jsonpath={.spec.size}")).Output == "4", TimeSpan.FromSeconds(60), "overridden size in member1");
        Assert.Equal("test", (await m1.RunAsync("get guestbook guestbook-sample -o jsonpath={.metadata.annotations.OverridePolicy}")).Output);
        Assert.Equal("2", (await kubectl.RunAsync("get guestbook guestbook-sample -o jsonpath={.spec.size}")).Output);
        await Eventually.HoldsAsync(async () => System.Text.RegularExpressions.Regex.IsMatch((await kubectl.RunAsync("get crb")).Output, @"guestbooks.webapp.my.domain-customresourcedefinition\s+True\s+True"), TimeSpan.FromSeconds(30), "CRD binding Scheduled and FullyApplied");
    }

    [KubeApiServerFact]
    public async Task PropagateDeps_carries_referenced_configmaps_and_secrets_to_the_workloads_clusters()
    {
        await using var member1 = await RealMemberCluster.StartAsync("deps1");
        await using var silo = await SiloProcess.StartAsync(extraArgs: ["--cluster-status-update-frequency", "1s"]);
        var kubectl = new Kubectl(silo.Kubeconfig);
        var m1 = new Kubectl(member1.Kubeconfig);
        (await new Karmadactl(silo.Kubeconfig).RunAsync("join", "member1", "--cluster-kubeconfig", member1.Kubeconfig)).EnsureSuccess();
        (await kubectl.RunAsync("create configmap app-config --from-literal=mode=blue")).EnsureSuccess();
        (await kubectl.RunAsync("create secret generic app-secret --from-literal=token=s3cr3t")).EnsureSuccess();
        const string manifests = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app
            spec:
              replicas: 1
              selector: {matchLabels: {app: app}}
              template:
                metadata: {labels: {app: app}}
                spec:
                  containers:
                  - name: app
                    image: nginx
                    envFrom: [{configMapRef: {name: app-config}}]
                    env: [{name: TOKEN, valueFrom: {secretKeyRef: {name: app-secret, key: token}}}]
            ---
            apiVersion: policy.karmada.io/v1alpha1
            kind: PropagationPolicy
            metadata:
              name: app
            spec:
              propagateDeps: true
              resourceSelectors:
              - {apiVersion: apps/v1, kind: Deployment, name: app}
              placement:
                clusterAffinity: {clusterNames: [member1]}
            """;
        (await kubectl.RunAsync(["apply", "-f", "-"], manifests)).EnsureSuccess();

        await Eventually.HoldsAsync(async () => (await m1.RunAsync("get configmap app-config -o jsonpath={.data.mode}")).Output == "blue"
            && (await m1.RunAsync("get secret app-secret")).ExitCode == 0 && (await m1.RunAsync("get deploy app")).ExitCode == 0, TimeSpan.FromSeconds(60), "workload and its dependencies in member1");
        Assert.Contains("app-deployment", (await kubectl.RunAsync("get rb app-config-configmap -o jsonpath={.spec.requiredBy[*].name}")).Output, StringComparison.Ordinal);

        (await kubectl.RunAsync(["patch", "configmap", "app-config", "--type", "merge", "-p", "{\"data\":{\"mode\":\"green\"}}"])).EnsureSuccess();
        await Eventually.HoldsAsync(async () => (await m1.RunAsync("get configmap app-config -o jsonpath={.data.mode}")).Output == "green", TimeSpan.FromSeconds(60), "dependency update reaches member1");

        (await kubectl.RunAsync("delete deploy app")).EnsureSuccess();
        await Eventually.HoldsAsync(async () => (await kubectl.RunAsync("get rb app-config-configmap")).ExitCode != 0, TimeSpan.FromSeconds(60), "attached binding released");
    }

    private static async Task<int?> ReplicasAsync(Kubectl member)
    {
        var result = await member.RunAsync("get deploy nginx -o json");
        return result.ExitCode == 0 ? JsonNode.Parse(result.Output)!["spec"]!["replicas"]!.GetValue<int>() : null;
    }
}
