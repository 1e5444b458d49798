using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Tests.Scenarios;

/// <summary>Deployment scenarios the member client must pass against any Kubernetes API server: a real kube-apiserver and the member simulator.</summary>
public static class DeploymentScenarios
{
    private static readonly GroupVersionKind Deployment = new("apps", "v1", "Deployment");

    internal static JsonObject Nginx(string name, int replicas, string app = "nginx") => JsonNode.Parse($$$"""
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": {"name": "{{{name}}}", "labels": {"app": "{{{app}}}"}},
          "spec": {
            "replicas": {{{replicas}}},
            "selector": {"matchLabels": {"app": "{{{app}}}"}},
            "template": {
              "metadata": {"labels": {"app": "{{{app}}}"}},
              "spec": {"containers": [{"name": "nginx", "image": "nginx:1.19", "ports": [{"containerPort": 80}]}]}
            }
          }
        }
        """)!.AsObject();

    public static async Task Deployment_lifecycle(IMemberClusterFixture cluster)
    {
        var ns = await cluster.CreateNamespaceAsync("deploy");
        var deployments = await cluster.Client.Dynamic.ForKindAsync(Deployment, ns);

        // create, get, list
        var created = await deployments.CreateAsync(Nginx("nginx", replicas: 1), new WriteOptions { FieldManager = "karmada-test" });
        Assert.Equal(ns, created.GetNamespace());
        Assert.Equal(1, created.GetGeneration());
        var fetched = await deployments.GetAsync("nginx");
        Assert.Equal(created.GetUid(), fetched.GetUid());
        await deployments.CreateAsync(Nginx("other", replicas: 1, app: "other"));
        var listed = await deployments.ListAsync(new ListOptions { LabelSelector = "app=nginx" });
        Assert.Equal(["nginx"], listed.Items.Select(i => i.GetName()));
        Assert.Equal(("apps/v1", "Deployment"), (listed.Items[0].GetApiVersion(), listed.Items[0].GetKind()));

        // update (re-read on conflict, as clients do where controllers write status); a stale update is a typed conflict
        JsonObject? updated = null;
        for (var attempt = 0; updated is null; attempt++)
        {
            fetched.EnsureMetadata()["labels"]!["tier"] = "web";
            try
            {
                updated = await deployments.UpdateAsync(fetched);
            }
            catch (KubernetesConflictException) when (attempt < 5)
            {
                fetched = await deployments.GetAsync("nginx");
            }
        }

        Assert.Equal("web", updated.GetLabels()["tier"]);
        var stale = await Assert.ThrowsAsync<KubernetesConflictException>(() => deployments.UpdateAsync(created));
        Assert.Contains("the object has been modified", stale.Message, StringComparison.Ordinal);

        // patches: merge, strategic (containers merge by name), JSON
        await deployments.PatchAsync("nginx", PatchType.Merge, JsonNode.Parse("""{"metadata":{"annotations":{"merged":"yes"}}}""")!);
        var smp = await deployments.PatchAsync("nginx", PatchType.StrategicMerge, JsonNode.Parse("""{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.21"}]}}}}""")!);
        var containers = smp.GetPath("spec", "template", "spec", "containers")!.AsArray();
        Assert.Equal("nginx:1.21", Assert.Single(containers)!["image"]!.GetValue<string>());
        Assert.Equal("80", containers[0]!["ports"]![0]!["containerPort"]!.ToJsonString());
        var jsonPatched = await deployments.PatchAsync("nginx", PatchType.Json, JsonNode.Parse("""[{"op":"replace","path":"/spec/minReadySeconds","value":5}]""")!);
        Assert.Equal(5, jsonPatched.GetPath("spec", "minReadySeconds")!.GetValue<int>());
        Assert.Equal("yes", jsonPatched.GetAnnotations()["merged"]);

        // scale subresource
        var scale = await deployments.GetScaleAsync("nginx");
        Assert.Equal(("autoscaling/v1", "Scale", 1), (scale.GetApiVersion(), scale.GetKind(), scale.GetPath("spec", "replicas")!.GetValue<int>()));
        var scaled = await deployments.ScaleAsync("nginx", 4);
        Assert.Equal(4, scaled.GetPath("spec", "replicas")!.GetValue<int>());
        Assert.Equal(4, (await deployments.GetAsync("nginx")).GetPath("spec", "replicas")!.GetValue<int>());

        // status subresource (retried on conflict, as client-go's RetryOnConflict does: a simulated
        // member's deployment controller writes the status of the scaled Deployment too)
        JsonObject? withStatus = null;
        for (var attempt = 1; withStatus is null; attempt++)
        {
            var current = await deployments.GetAsync("nginx");
            current["status"] = new JsonObject { ["observedGeneration"] = current.GetGeneration(), ["replicas"] = 4, ["readyReplicas"] = 3 };
            try
            {
                withStatus = await deployments.UpdateStatusAsync(current);
            }
            catch (KubernetesConflictException) when (attempt < 10)
            {
            }
        }

        Assert.Equal(3, withStatus.GetPath("status", "readyReplicas")!.GetValue<int>());

        // delete: preconditions are checked; background propagation removes it at once
        var wrongUid = await Assert.ThrowsAsync<KubernetesConflictException>(() =>
            deployments.DeleteAsync("nginx", new DeleteOptions { Preconditions = new Preconditions(Uid: Guid.NewGuid().ToString()) }));
        Assert.Contains("the UID in the precondition", wrongUid.Message, StringComparison.Ordinal);
        await deployments.DeleteAsync("nginx", new DeleteOptions { PropagationPolicy = PropagationPolicy.Background, Preconditions = new Preconditions(Uid: created.GetUid()) });
        Assert.Null(await deployments.TryGetAsync("nginx"));
        var missing = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => deployments.GetAsync("nginx"));
        Assert.Contains("deployments.apps \"nginx\" not found", missing.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Patches and scales that pin no resourceVersion land even while other writers keep changing the
    /// object: the server retries them on the newer version (kube's GuaranteedUpdate) instead of answering 409.
    /// </summary>
    public static async Task Unpinned_patches_and_scales_land_through_concurrent_writers(IMemberClusterFixture cluster)
    {
        var ns = await cluster.CreateNamespaceAsync("contend");
        var deployments = await cluster.Client.Dynamic.ForKindAsync(Deployment, ns);
        await deployments.CreateAsync(Nginx("contended", replicas: 1));

        const int Rounds = 40;
        async Task Annotate(string writer)
        {
            for (var i = 0; i < Rounds; i++)
            {
                await deployments.PatchAsync("contended", PatchType.Merge, new JsonObject { ["metadata"] = new JsonObject { ["annotations"] = new JsonObject { [writer] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) } } });
            }
        }

        async Task Scale()
        {
            for (var i = 1; i <= Rounds; i++)
            {
                await deployments.ScaleAsync("contended", i);
            }
        }

        await Task.WhenAll(Annotate("example.com/a"), Annotate("example.com/b"), Scale(), Scale());

        var final = await deployments.GetAsync("contended");
        Assert.Equal(Rounds, final.GetPath("spec", "replicas")!.GetValue<int>());
        Assert.Equal((Rounds - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), final.GetAnnotations()["example.com/a"]);
        Assert.Equal((Rounds - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), final.GetAnnotations()["example.com/b"]);
    }

    public static async Task Server_side_apply_creates_updates_and_reports_conflicts(IMemberClusterFixture cluster)
    {
        var ns = await cluster.CreateNamespaceAsync("apply");
        var deployments = await cluster.Client.Dynamic.ForKindAsync(Deployment, ns);

        var applied = await deployments.ApplyAsync(Nginx("web", replicas: 2), new ApplyOptions("karmada-execution"));
        Assert.Equal(2, applied.GetPath("spec", "replicas")!.GetValue<int>());
        Assert.Contains(applied.GetPath("metadata", "managedFields")!.AsArray(), f => f!["manager"]!.GetValue<string>() == "karmada-execution" && f["operation"]!.GetValue<string>() == "Apply");

        var reapplied = await deployments.ApplyAsync(Nginx("web", replicas: 3), new ApplyOptions("karmada-execution"));
        Assert.Equal(3, reapplied.GetPath("spec", "replicas")!.GetValue<int>());

        // Another manager touching an owned field conflicts, naming the field and the owner; force takes it over.
        var conflict = await Assert.ThrowsAsync<KubernetesConflictException>(() => deployments.ApplyAsync(Nginx("web", replicas: 5), new ApplyOptions("someone-else")));
        var cause = Assert.Single(conflict.Causes);
        Assert.Equal(("FieldManagerConflict", ".spec.replicas"), (cause.Reason, cause.Field));
        Assert.Contains("conflict with \"karmada-execution\"", conflict.Message, StringComparison.Ordinal);
        var forced = await deployments.ApplyAsync(Nginx("web", replicas: 5), new ApplyOptions("someone-else") { Force = true });
        Assert.Equal(5, forced.GetPath("spec", "replicas")!.GetValue<int>());

        // Any manifest, resolved through the REST mapper (as a Work's manifests are applied).
        var manifest = JsonNode.Parse($$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"from-work","namespace":"{{{ns}}}"},"data":{"a":"b"}}""")!.AsObject();
        var configMap = await cluster.Client.Dynamic.ApplyAsync(manifest, new ApplyOptions("karmada-execution"));
        Assert.Equal("b", configMap["data"]!["a"]!.GetValue<string>());
    }

    public static async Task Invalid_objects_list_every_cause(IMemberClusterFixture cluster)
    {
        var ns = await cluster.CreateNamespaceAsync("invalid");
        var deployments = await cluster.Client.Dynamic.ForKindAsync(Deployment, ns);
        var bad = Nginx("Bad_Name", replicas: -1);

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => deployments.CreateAsync(bad));

        Assert.Equal((422, "Invalid"), (error.StatusCode, error.Reason));
        Assert.Contains(error.Causes, c => c.Field == "metadata.name");
        Assert.Contains(error.Causes, c => c.Field == "spec.replicas");
        Assert.StartsWith($"cluster \"{cluster.KubeConfig.CurrentContext}\": POST /apis/apps/v1/namespaces/{ns}/deployments: Invalid (422): Deployment.apps \"Bad_Name\" is invalid", error.Message, StringComparison.Ordinal);
    }
}
