using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>
/// The demo setup a new user starts with: a silo with simulated members joined at start. The README
/// walkthrough propagates nginx to them and its status comes back; a member made unreachable with
/// member-sim fault turns NotReady with the unreachable taint, and heals when the fault is cleared.
/// </summary>
[Collection(MemberClusterCollection.Name)]
public sealed class SimulatedMemberTests
{
    [Fact]
    public async Task Demo_members_run_the_walkthrough_and_an_injected_outage_taints_then_heals()
    {
        await using var silo = await SiloProcess.StartAsync(extraArgs:
        [
            "--demo-members", "3",
            "--cluster-status-update-frequency", "500ms", "--cluster-success-threshold", "1s", "--cluster-failure-threshold", "2s",
        ]);
        var kubectl = new Kubectl(silo.Kubeconfig);
        var members = Path.Combine(silo.DataDirectory, "members");
        foreach (var name in new[] { "member1", "member2", "member3" })
        {
            await WaitForAsync(kubectl, name, "{.status.conditions[?(@.type==\"Ready\")].status}", "True");
        }

        var table = (await kubectl.RunAsync("get clusters")).EnsureSuccess().Output;
        Assert.Matches(@"NAME\s+VERSION\s+MODE\s+READY\s+AGE", table);
        Assert.Matches(@"member3\s+v1\.31\.0\s+Push\s+True\s+\d+s", table);
        Assert.Equal("3/3", (await kubectl.RunAsync("get cluster member1 -o jsonpath={.status.nodeSummary.readyNum}/{.status.nodeSummary.totalNum}")).Output);

        (await kubectl.RunAsync(["apply", "-f", Path.Combine(RepositoryPaths.Root, "..", "shared", "reference", "samples", "nginx")])).EnsureSuccess();
        await Eventually.HoldsAsync(
            async () => (await kubectl.RunAsync("get deployment nginx -o jsonpath={.status.readyReplicas}")).Output == "2",
            TimeSpan.FromSeconds(60),
            "nginx ready 2/2 across the simulated members");
        var memberPods = await new Kubectl(Path.Combine(members, "member1.kubeconfig")).RunAsync("get pods -l app=nginx -o jsonpath={.items[*].status.phase}");
        Assert.Equal("Running", memberPods.EnsureSuccess().Output);

        // The cluster's resource summary counts the member's pods (allocated: on a node) and its nodes' allocatable.
        var podCount = (await new Kubectl(Path.Combine(members, "member1.kubeconfig")).RunAsync("get pods -A -o name")).EnsureSuccess().Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        await WaitForAsync(kubectl, "member1", "{.status.resourceSummary.allocated.pods}", podCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual("", (await kubectl.RunAsync("get cluster member1 -o jsonpath={.status.resourceSummary.allocatable.cpu}")).EnsureSuccess().Output);

        var down = await MemberSimCommand.RunAsync("fault", "member1", "unreachable", "--out", members);
        Assert.Contains("\"mode\":\"Unreachable\"", down.EnsureSuccess().Output, StringComparison.Ordinal);
        await WaitForAsync(kubectl, "member1", "{.status.conditions[?(@.type==\"Ready\")].status}", "Unknown");
        Assert.Equal("cluster.karmada.io/unreachable:NoSchedule", (await kubectl.RunAsync("get cluster member1 -o jsonpath={.spec.taints[0].key}:{.spec.taints[0].effect}")).Output);

        (await MemberSimCommand.RunAsync("fault", "member1", "none", "--out", members)).EnsureSuccess();
        await WaitForAsync(kubectl, "member1", "{.status.conditions[?(@.type==\"Ready\")].status}", "True");
        await WaitForAsync(kubectl, "member1", "{.spec.taints}", "");
    }

    private static Task WaitForAsync(Kubectl kubectl, string cluster, string jsonPath, string expected) =>
        Eventually.HoldsAsync(
            async () => (await kubectl.RunAsync(["get", "cluster", cluster, "-o", $"jsonpath={jsonPath}"])).Output == expected,
            TimeSpan.FromSeconds(60),
            $"cluster {cluster} {jsonPath} == '{expected}'");
}
