using System.Text.Json.Nodes;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

[Collection(SiloCollection.Name)]
public sealed class KubectlBasicsTests(SiloFixture fixture)
{
    private Kubectl Kubectl => fixture.Kubectl;

    [Fact]
    public async Task Api_resources_lists_built_in_kinds_with_short_names()
    {
        var result = (await Kubectl.RunAsync("api-resources")).EnsureSuccess().Output;

        Assert.Matches(@"deployments\s+deploy\s+apps/v1\s+true\s+Deployment", result);
        Assert.Matches(@"namespaces\s+ns\s+v1\s+false\s+Namespace", result);
        Assert.Matches(@"customresourcedefinitions\s+crd,crds\s+apiextensions.k8s.io/v1\s+false\s+CustomResourceDefinition", result);
    }

    [Fact]
    public async Task Create_get_scale_and_delete_a_deployment_with_the_familiar_columns()
    {
        var ns = await fixture.NamespaceAsync();
        (await Kubectl.RunAsync($"-n {ns} create deployment web --image=nginx:1.25 --replicas=2")).EnsureSuccess();

        var wide = (await Kubectl.RunAsync($"-n {ns} get deploy -o wide")).EnsureSuccess().Output;
        Assert.Matches(@"NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\s+CONTAINERS\s+IMAGES\s+SELECTOR", wide);
        Assert.Matches(@"web\s+0/2\s+0\s+0\s+\d+s\s+nginx\s+nginx:1.25\s+app=web", wide);

        Assert.Contains("deployment.apps/web scaled", (await Kubectl.RunAsync($"-n {ns} scale deploy web --replicas=5")).EnsureSuccess().Output, StringComparison.Ordinal);
        var json = JsonNode.Parse((await Kubectl.RunAsync($"-n {ns} get deploy web -o json")).EnsureSuccess().Output)!;
        Assert.Equal(5, json["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal(2, json["metadata"]!["generation"]!.GetValue<int>());

        Assert.Contains("deployment.apps \"web\" deleted", (await Kubectl.RunAsync($"-n {ns} delete deploy web")).EnsureSuccess().Output, StringComparison.Ordinal);
        var gone = await Kubectl.RunAsync($"-n {ns} get deploy web");
        Assert.NotEqual(0, gone.ExitCode);
        Assert.Contains("deployments.apps \"web\" not found", gone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_watch_receives_later_changes()
    {
        var ns = await fixture.NamespaceAsync();
        using var watch = Kubectl.Start($"-n {ns} get configmaps -w --output-watch-events");
        var lines = new List<string>();
        var seenAdded = new TaskCompletionSource();
        var seenDeleted = new TaskCompletionSource();
        var reading = Task.Run(async () =>
        {
            while (await watch.StandardOutput.ReadLineAsync() is { } line)
            {
                lock (lines)
                {
                    lines.Add(line);
                }

                if (line.Contains("ADDED", StringComparison.Ordinal) && line.Contains("w1", StringComparison.Ordinal))
                {
                    seenAdded.TrySetResult();
                }

                if (line.Contains("DELETED", StringComparison.Ordinal) && line.Contains("w1", StringComparison.Ordinal))
                {
                    seenDeleted.TrySetResult();
                }
            }
        });

        // The watch is established once kubectl has printed the header for the empty list.
        await Eventually.HoldsAsync(() => !watch.HasExited, because: "kubectl get -w is running");
        (await Kubectl.RunAsync($"-n {ns} create configmap w1 --from-literal=a=1")).EnsureSuccess();
        await seenAdded.Task.WaitAsync(TimeSpan.FromSeconds(20));
        (await Kubectl.RunAsync($"-n {ns} label configmap w1 color=blue")).EnsureSuccess();
        (await Kubectl.RunAsync($"-n {ns} delete configmap w1")).EnsureSuccess();
        await seenDeleted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        watch.Kill();

        lock (lines)
        {
            Assert.Contains(lines, l => l.Contains("MODIFIED", StringComparison.Ordinal) && l.Contains("w1", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Label_annotate_and_merge_patch_change_the_object()
    {
        var ns = await fixture.NamespaceAsync();
        (await Kubectl.RunAsync($"-n {ns} create configmap c --from-literal=a=1")).EnsureSuccess();

        (await Kubectl.RunAsync($"-n {ns} label configmap c tier=web")).EnsureSuccess();
        (await Kubectl.RunAsync($"-n {ns} annotate configmap c owner=team-a")).EnsureSuccess();
        (await Kubectl.RunAsync(["-n", ns, "patch", "configmap", "c", "--type", "merge", "-p", "{\"data\":{\"b\":\"2\"}}"])).EnsureSuccess();

        var c = JsonNode.Parse((await Kubectl.RunAsync($"-n {ns} get configmap c -o json")).EnsureSuccess().Output)!;
        Assert.Equal("web", c["metadata"]!["labels"]!["tier"]!.GetValue<string>());
        Assert.Equal("team-a", c["metadata"]!["annotations"]!["owner"]!.GetValue<string>());
        Assert.Equal("2", c["data"]!["b"]!.GetValue<string>());
        Assert.Contains("c", (await Kubectl.RunAsync($"-n {ns} get configmap -l tier=web -o name")).EnsureSuccess().Output, StringComparison.Ordinal);
        Assert.Equal("", (await Kubectl.RunAsync($"-n {ns} get configmap -l tier=api -o name")).EnsureSuccess().Output.Trim());
    }

    [Fact]
    public async Task Deleting_a_namespace_removes_its_contents()
    {
        var ns = await fixture.NamespaceAsync();
        (await Kubectl.RunAsync($"-n {ns} create configmap c --from-literal=a=1")).EnsureSuccess();
        (await Kubectl.RunAsync($"-n {ns} create deployment d --image=nginx")).EnsureSuccess();

        (await Kubectl.RunAsync($"delete namespace {ns} --timeout=60s")).EnsureSuccess();

        Assert.NotEqual(0, (await Kubectl.RunAsync($"get namespace {ns}")).ExitCode);
        var leftovers = await Kubectl.RunAsync($"get configmaps,deployments -A -o name");
        Assert.DoesNotContain(ns, leftovers.Output, StringComparison.Ordinal);
    }
}
