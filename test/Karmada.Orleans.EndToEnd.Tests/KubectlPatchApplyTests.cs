using System.Text.Json.Nodes;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>kubectl apply (client-side, twice, and server-side), patch of every type, diff.</summary>
[Collection(SiloCollection.Name)]
public sealed class KubectlPatchApplyTests(SiloFixture fixture)
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: {app: web}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - {name: web, image: nginx:1.25}
              - {name: sidecar, image: busybox}
        """;

    private Kubectl Kubectl => fixture.Kubectl;

    private async Task<JsonNode> GetAsync(string ns, string what) => JsonNode.Parse((await Kubectl.RunAsync($"-n {ns} get {what} -o json --show-managed-fields")).EnsureSuccess().Output)!;

    [Fact]
    public async Task Client_side_apply_twice_with_a_change_updates_the_object_and_records_the_manager()
    {
        var ns = await fixture.NamespaceAsync();
        Assert.Contains("created", (await Kubectl.RunAsync(["-n", ns, "apply", "-f", "-"], Deployment)).EnsureSuccess().Output, StringComparison.Ordinal);
        Assert.Contains("configured", (await Kubectl.RunAsync(["-n", ns, "apply", "-f", "-"], Deployment.Replace("replicas: 2", "replicas: 4", StringComparison.Ordinal))).EnsureSuccess().Output, StringComparison.Ordinal);
        Assert.Contains("unchanged", (await Kubectl.RunAsync(["-n", ns, "apply", "-f", "-"], Deployment.Replace("replicas: 2", "replicas: 4", StringComparison.Ordinal))).EnsureSuccess().Output, StringComparison.Ordinal);

        var web = await GetAsync(ns, "deploy web");
        Assert.Equal(4, web["spec"]!["replicas"]!.GetValue<int>());
        Assert.Contains(web["metadata"]!["managedFields"]!.AsArray(), m => m!["manager"]!.GetValue<string>() == "kubectl-client-side-apply");
        Assert.NotNull(web["metadata"]!["annotations"]!["kubectl.kubernetes.io/last-applied-configuration"]);
    }

    [Fact]
    public async Task Json_merge_and_strategic_patches_change_what_they_name()
    {
        var ns = await fixture.NamespaceAsync();
        (await Kubectl.RunAsync(["-n", ns, "apply", "-f", "-"], Deployment)).EnsureSuccess();

        (await Kubectl.RunAsync(["-n", ns, "patch", "deploy", "web", "--type", "strategic", "-p", """{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.26"}]}}}}"""])).EnsureSuccess();
        (await Kubectl.RunAsync(["-n", ns, "patch", "deploy", "web", "--type", "json", "-p", """[{"op":"replace","path":"/spec/replicas","value":3}]"""])).EnsureSuccess();
        (await Kubectl.RunAsync(["-n", ns, "patch", "deploy", "web", "--type", "merge", "-p", """{"metadata":{"labels":{"tier":"front"}}}"""])).EnsureSuccess();
        var bad = await Kubectl.RunAsync(["-n", ns, "patch", "deploy", "web", "--type", "json", "-p", """[{"op":"test","path":"/spec/replicas","value":99}]"""]);

        var web = await GetAsync(ns, "deploy web");
        var containers = web["spec"]!["template"]!["spec"]!["containers"]!.AsArray();
        Assert.Equal(["nginx:1.26", "busybox"], containers.Select(c => c!["image"]!.GetValue<string>()));
        Assert.Equal(3, web["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal("front", web["metadata"]!["labels"]!["tier"]!.GetValue<string>());
        Assert.NotEqual(0, bad.ExitCode);
    }

    [Fact]
    public async Task Server_side_apply_conflicts_with_another_manager_unless_forced()
    {
        var ns = await fixture.NamespaceAsync();
        (await Kubectl.RunAsync(["-n", ns, "apply", "--server-side", "-f", "-"], Deployment)).EnsureSuccess();
        (await Kubectl.RunAsync($"-n {ns} scale deploy web --replicas=7")).EnsureSuccess();

        var conflict = await Kubectl.RunAsync(["-n", ns, "apply", "--server-side", "-f", "-"], Deployment);
        var forced = await Kubectl.RunAsync(["-n", ns, "apply", "--server-side", "--force-conflicts", "-f", "-"], Deployment);

        Assert.NotEqual(0, conflict.ExitCode);
        Assert.Contains("Apply failed with 1 conflict", conflict.Error, StringComparison.Ordinal);
        Assert.Contains(".spec.replicas", conflict.Error, StringComparison.Ordinal);
        forced.EnsureSuccess();
        Assert.Equal(2, (await GetAsync(ns, "deploy web"))["spec"]!["replicas"]!.GetValue<int>());
    }

    [Fact]
    public async Task Diff_shows_what_apply_would_change()
    {
        var ns = await fixture.NamespaceAsync();
        (await Kubectl.RunAsync(["-n", ns, "apply", "-f", "-"], Deployment)).EnsureSuccess();

        var same = await Kubectl.RunAsync(["-n", ns, "diff", "-f", "-"], Deployment);
        var changed = await Kubectl.RunAsync(["-n", ns, "diff", "-f", "-"], Deployment.Replace("nginx:1.25", "nginx:1.27", StringComparison.Ordinal));

        Assert.Equal(0, same.ExitCode);
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("+      - image: nginx:1.27", changed.Output, StringComparison.Ordinal);
    }
}
