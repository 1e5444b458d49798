using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>
/// A real kube-apiserver joined with karmadactl to a silo with short health thresholds: status is
/// collected, an outage turns the cluster not ready with the unreachable taint, recovery clears it.
/// </summary>
[Collection(MemberClusterCollection.Name)]
public sealed class RealMemberJoinTests
{
    [KubeApiServerFact]
    public async Task Join_collects_status_an_outage_taints_the_cluster_and_recovery_heals_it()
    {
        await using var member = await RealMemberCluster.StartAsync("join");
        await using var silo = await SiloProcess.StartAsync(extraArgs: ["--cluster-status-update-frequency", "500ms", "--cluster-success-threshold", "1s", "--cluster-failure-threshold", "2s"]);
        var kubectl = new Kubectl(silo.Kubeconfig);
        var karmadactl = new Karmadactl(silo.Kubeconfig);

        var joined = await karmadactl.RunAsync("join", "member1", "--cluster-kubeconfig", member.Kubeconfig);
        Assert.Equal("cluster(member1) is joined successfully", joined.EnsureSuccess().Output.Trim());
        await WaitForAsync(kubectl, "{.status.conditions[?(@.type==\"Ready\")].status}", "True");

        var table = (await kubectl.RunAsync("get clusters")).EnsureSuccess().Output;
        Assert.Matches(@"NAME\s+VERSION\s+MODE\s+READY\s+AGE", table);
        Assert.Matches(@"member1\s+v1\.20\.2\s+Push\s+True\s+\d+s", table);
        Assert.Contains("deployments", (await kubectl.RunAsync("get cluster member1 -o jsonpath={.status.apiEnablements[?(@.groupVersion==\"apps/v1\")].resources[*].name}")).Output, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"NamespaceList\"", (await kubectl.RunAsync("get --raw /apis/cluster.karmada.io/v1alpha1/clusters/member1/proxy/api/v1/namespaces")).EnsureSuccess().Output, StringComparison.Ordinal);
        Assert.Equal("Active", (await kubectl.RunAsync("get namespace karmada-es-member1 -o jsonpath={.status.phase}")).Output);

        await member.StopAsync();
        await WaitForAsync(kubectl, "{.status.conditions[?(@.type==\"Ready\")].status}", "Unknown");
        Assert.Equal("cluster.karmada.io/unreachable:NoSchedule", (await kubectl.RunAsync("get cluster member1 -o jsonpath={.spec.taints[0].key}:{.spec.taints[0].effect}")).Output);

        await member.RestartAsync();
        await WaitForAsync(kubectl, "{.status.conditions[?(@.type==\"Ready\")].status}", "True");
        await WaitForAsync(kubectl, "{.spec.taints}", "");

        Assert.Equal("cluster(member1) is unjoined successfully", (await karmadactl.RunAsync("unjoin", "member1")).EnsureSuccess().Output.Trim());
        Assert.NotEqual(0, (await kubectl.RunAsync("get namespace karmada-es-member1")).ExitCode);
        Assert.NotEqual(0, (await kubectl.RunAsync("-n karmada-cluster get secret member1")).ExitCode);
    }

    [KubeApiServerFact]
    public async Task Joining_with_bad_credentials_fails_clearly_and_creates_nothing()
    {
        await using var member = await RealMemberCluster.StartAsync("badjoin");
        await using var silo = await SiloProcess.StartAsync();
        var kubectl = new Kubectl(silo.Kubeconfig);
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():n}.kubeconfig");
        await File.WriteAllTextAsync(broken, System.Text.RegularExpressions.Regex.Replace(await File.ReadAllTextAsync(member.Kubeconfig), "token: .*", "token: wrong"));

        var result = await new Karmadactl(silo.Kubeconfig).RunAsync("join", "member1", "--cluster-kubeconfig", broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("failed to reach member cluster member1", result.Error, StringComparison.Ordinal);
        Assert.Contains("401", result.Error, StringComparison.Ordinal);
        Assert.Contains("No resources found", (await kubectl.RunAsync("get clusters")).Error, StringComparison.Ordinal);
        Assert.NotEqual(0, (await kubectl.RunAsync("-n karmada-cluster get secret member1")).ExitCode);
    }

    private static Task WaitForAsync(Kubectl kubectl, string jsonPath, string expected) =>
        Eventually.HoldsAsync(
            async () => (await kubectl.RunAsync(["get", "cluster", "member1", "-o", $"jsonpath={jsonPath}"])).Output == expected,
            TimeSpan.FromSeconds(60),
            $"cluster member1 {jsonPath} == '{expected}'");
}
