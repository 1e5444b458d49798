using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>
/// Nothing is lost while a member is away: a template changed during an outage reaches the member
/// when it answers again, and an object that disappears from a member (a member that lost its state)
/// is applied again.
/// </summary>
[Collection(MemberClusterCollection.Name)]
public sealed class MemberOutageTests
{
    [Fact]
    public async Task Changes_made_during_an_outage_and_objects_lost_by_a_member_converge()
    {
        await using var silo = await SiloProcess.StartAsync(extraArgs: ["--demo-members", "2"]);
        var kubectl = new Kubectl(silo.Kubeconfig);
        var members = Path.Combine(silo.DataDirectory, "members");
        var member1 = new Kubectl(Path.Combine(members, "member1.kubeconfig"));
        (await kubectl.RunAsync(["apply", "-f", Path.Combine(RepositoryPaths.Root, "..", "shared", "reference", "samples", "nginx")])).EnsureSuccess();
        await Eventually.HoldsAsync(async () => (await member1.RunAsync("get deployment nginx -o jsonpath={.status.readyReplicas}")).Output == "1", TimeSpan.FromSeconds(60), "nginx running in member1");

        (await MemberSimCommand.RunAsync("fault", "member1", "unreachable", "--out", members)).EnsureSuccess();
        (await kubectl.RunAsync("set image deployment/nginx nginx=nginx:1.27")).EnsureSuccess();
        await Eventually.HoldsAsync(
            async () => (await kubectl.RunAsync("get work -n karmada-es-member1 -o jsonpath={.items[0].spec.workload.manifests[0].spec.template.spec.containers[0].image}")).Output == "nginx:1.27",
            TimeSpan.FromSeconds(30),
            "the Work for member1 carries the new image while member1 is unreachable");
        (await MemberSimCommand.RunAsync("fault", "member1", "none", "--out", members)).EnsureSuccess();
        await Eventually.HoldsAsync(
            async () => (await member1.RunAsync("get deployment nginx -o jsonpath={.spec.template.spec.containers[0].image}")).Output == "nginx:1.27",
            TimeSpan.FromSeconds(90),
            "member1 gets the change once it answers again");

        (await member1.RunAsync("delete deployment nginx")).EnsureSuccess();
        await Eventually.HoldsAsync(
            async () => (await member1.RunAsync("get deployment nginx -o jsonpath={.status.readyReplicas}")).Output == "1",
            TimeSpan.FromSeconds(60),
            "the control plane applies the lost object again");
        // The member's status reaches the template through the Work and the binding's aggregation: a moment later.
        await Eventually.HoldsAsync(
            async () => (await kubectl.RunAsync("get deployment nginx -o jsonpath={.status.readyReplicas}")).Output == "2",
            TimeSpan.FromSeconds(30),
            "the control plane's Deployment shows both members ready again");
    }
}
