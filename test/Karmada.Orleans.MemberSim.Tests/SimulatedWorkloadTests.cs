using System.Text.Json.Nodes;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.MemberSim.Tests;

/// <summary>What a Kubernetes client sees a simulated member do with workloads, through the project's member client.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class SimulatedWorkloadTests(SimulatorFixture fixture)
{
    private static readonly GroupVersionResource Deployments = new("apps", "v1", "deployments");
    private static readonly GroupVersionResource ReplicaSets = new("apps", "v1", "replicasets");
    private static readonly GroupVersionResource StatefulSets = new("apps", "v1", "statefulsets");
    private static readonly GroupVersionResource DaemonSets = new("apps", "v1", "daemonsets");
    private static readonly GroupVersionResource Jobs = new("batch", "v1", "jobs");
    private static readonly GroupVersionResource Pods = new("", "v1", "pods");
    private static readonly GroupVersionResource Services = new("", "v1", "services");
    private static readonly GroupVersionResource PodMetrics = new("metrics.k8s.io", "v1beta1", "pods");
    private static readonly GroupVersionResource NodeMetrics = new("metrics.k8s.io", "v1beta1", "nodes");

    [Fact]
    public async Task A_deployment_gets_a_replicaset_and_ready_pods_with_real_status_fields()
    {
        using var client = fixture.Client();
        var ns = await fixture.NamespaceAsync(client, "deploy");
        var deployments = client.Resource(Deployments).Namespace(ns);
        await deployments.CreateAsync(Workload("Deployment", "web", replicas: 3, cpu: "500m"));

        var status = await WaitForAsync(deployments, "web", d => Int(d, "status", "readyReplicas") == 3);
        Assert.Equal((3, 3, 3, 1L), (Int(status, "status", "replicas"), Int(status, "status", "updatedReplicas"), Int(status, "status", "availableReplicas"), Long(status, "status", "observedGeneration")));
        Assert.Equal(["Available=True", "Progressing=True"], Conditions(status));
        var replicaSet = Assert.Single((await client.Resource(ReplicaSets).Namespace(ns).ListAsync()).Items);
        Assert.Equal("Deployment", replicaSet.GetPath("metadata", "ownerReferences", "0", "kind")?.ToString());
        var pods = (await client.Resource(Pods).Namespace(ns).ListAsync()).Items;
        Assert.Equal(3, pods.Count);
        Assert.All(pods, p => Assert.Equal(("Running", "True"), (p.GetPath("status", "phase")?.ToString(), ReadyCondition(p))));
        Assert.All(pods, p => Assert.StartsWith(replicaSet.GetName() + "-", p.GetName(), StringComparison.Ordinal));
        Assert.True(pods.Select(p => p.GetPath("spec", "nodeName")?.ToString()).Distinct().Count() >= 2, "pods spread over nodes");

        // scale down, then roll out a new template: the old ReplicaSet goes, the new one carries every pod
        await deployments.ScaleAsync("web", 1);
        await WaitForAsync(deployments, "web", d => Int(d, "status", "replicas") == 1 && Int(d, "status", "readyReplicas") == 1);
        await deployments.PatchAsync("web", PatchType.StrategicMerge, JsonNode.Parse("""{"spec":{"template":{"spec":{"containers":[{"name":"main","image":"nginx:1.27"}]}}}}""")!);
        await WaitForAsync(deployments, "web", d => Long(d, "status", "observedGeneration") == 3 && Int(d, "status", "updatedReplicas") == 1 && Int(d, "status", "replicas") == 1 && Int(d, "status", "availableReplicas") == 1);
        var current = await client.Resource(Pods).Namespace(ns).ListAsync();
        Assert.Equal("nginx:1.27", Assert.Single(current.Items).GetPath("spec", "containers", "0", "image")?.ToString());

        // deleting the deployment collects its replicasets and pods
        await deployments.DeleteAsync("web");
        await Eventually.HoldsAsync(async () => (await client.Resource(Pods).Namespace(ns).ListAsync()).Items.Count == 0
            && (await client.Resource(ReplicaSets).Namespace(ns).ListAsync()).Items.Count == 0, because: "dependents are garbage-collected");
    }

    [Fact]
    public async Task Pods_that_fit_no_node_stay_pending_with_the_schedulers_reason_until_room_appears()
    {
        using var client = fixture.Client("member2");
        var ns = await fixture.NamespaceAsync(client, "pending");
        var deployments = client.Resource(Deployments).Namespace(ns);
        await deployments.CreateAsync(Workload("Deployment", "big", replicas: 1, cpu: "6"));

        var pod = await Eventually.ValueAsync(async () => (await client.Resource(Pods).Namespace(ns).ListAsync()).Items
            .FirstOrDefault(p => p.GetPath("status", "conditions", "0", "reason")?.ToString() == "Unschedulable"));
        Assert.Equal("Pending", pod.GetPath("status", "phase")?.ToString());
        Assert.Equal("0/3 nodes are available: 3 Insufficient cpu.", pod.GetPath("status", "conditions", "0", "message")?.ToString());
        var deployment = await deployments.GetAsync("big");
        Assert.Equal("Available=False", Conditions(deployment)[0]);

        await deployments.PatchAsync("big", PatchType.StrategicMerge, JsonNode.Parse("""{"spec":{"template":{"spec":{"containers":[{"name":"main","resources":{"requests":{"cpu":"2"}}}]}}}}""")!);
        await WaitForAsync(deployments, "big", d => Int(d, "status", "readyReplicas") == 1 && Int(d, "status", "replicas") == 1);
    }

    [Fact]
    public async Task Statefulsets_daemonsets_and_jobs_behave_like_their_controllers()
    {
        using var client = fixture.Client();
        var ns = await fixture.NamespaceAsync(client, "kinds");
        var statefulSet = Workload("StatefulSet", "db", replicas: 3, cpu: "100m");
        statefulSet["spec"]!["serviceName"] = "db";
        await client.Resource(StatefulSets).Namespace(ns).CreateAsync(statefulSet);
        await client.Resource(DaemonSets).Namespace(ns).CreateAsync(Workload("DaemonSet", "agent", replicas: null, cpu: "10m"));
        var job = Workload("Job", "batch", replicas: null, cpu: "100m");
        job["spec"]!["completions"] = 3;
        job["spec"]!["parallelism"] = 2;
        job["spec"]!.AsObject().Remove("selector");
        job["spec"]!["template"]!["spec"]!["restartPolicy"] = "Never";
        await client.Resource(Jobs).Namespace(ns).CreateAsync(job);

        var sts = await WaitForAsync(client.Resource(StatefulSets).Namespace(ns), "db", s => Int(s, "status", "readyReplicas") == 3);
        Assert.Equal(3, Int(sts, "status", "currentReplicas"));
        var ds = await WaitForAsync(client.Resource(DaemonSets).Namespace(ns), "agent", d => Int(d, "status", "numberReady") == 3);
        Assert.Equal((3, 3), (Int(ds, "status", "desiredNumberScheduled"), Int(ds, "status", "currentNumberScheduled")));
        var done = await WaitForAsync(client.Resource(Jobs).Namespace(ns), "batch", j => j.GetPath("status", "completionTime") is not null);
        Assert.Equal(3, Int(done, "status", "succeeded"));
        Assert.Contains("Complete=True", Conditions(done));

        var pods = (await client.Resource(Pods).Namespace(ns).ListAsync()).Items;
        Assert.Equal(["db-0", "db-1", "db-2"], pods.Select(p => p.GetName() ?? "").Where(n => n.StartsWith("db-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var agentNodes = pods.Where(p => (p.GetName() ?? "").StartsWith("agent-", StringComparison.Ordinal)).Select(p => p.GetPath("spec", "nodeName")?.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(["member1-node-0", "member1-node-1", "member1-node-2"], agentNodes);
        Assert.Equal(3, pods.Count(p => p.GetPath("status", "phase")?.ToString() == "Succeeded"));
    }

    [Fact]
    public async Task Services_get_cluster_ips_and_load_balancers_get_an_ingress_address()
    {
        using var client = fixture.Client();
        var ns = await fixture.NamespaceAsync(client, "svc");
        var services = client.Resource(Services).Namespace(ns);
        await services.CreateAsync(JsonNode.Parse("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"lb"},"spec":{"type":"LoadBalancer","selector":{"app":"web"},"ports":[{"port":80}]}}""")!.AsObject());

        var lb = await WaitForAsync(services, "lb", s => s.GetPath("status", "loadBalancer", "ingress", "0", "ip") is not null);
        Assert.StartsWith("10.96.", lb.GetPath("spec", "clusterIP")?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(lb.GetPath("spec", "ports", "0", "nodePort"));
    }

    [Fact]
    public async Task Running_pods_report_metrics_with_the_workloads_cpu_load()
    {
        using var client = fixture.Client("member2");
        var ns = await fixture.NamespaceAsync(client, "metrics");
        var deployment = Workload("Deployment", "busy", replicas: 2, cpu: "100m");
        deployment["metadata"]!["annotations"] = new JsonObject { ["membersim.karmada.io/cpu-load"] = "300m" };
        var deployments = client.Resource(Deployments).Namespace(ns);
        await deployments.CreateAsync(deployment);

        await Eventually.HoldsAsync(async () => (await client.Resource(PodMetrics).Namespace(ns).ListAsync()).Items.Count == 2);
        var usage = (await client.Resource(PodMetrics).Namespace(ns).ListAsync()).Items.Select(m => m.GetPath("containers", "0", "usage", "cpu")?.ToString()).ToList();
        Assert.Equal(["300000000n", "300000000n"], usage);

        // The load follows the workload's annotation; node metrics add up their pods.
        await deployments.PatchAsync("busy", PatchType.Merge, JsonNode.Parse("""{"metadata":{"annotations":{"membersim.karmada.io/cpu-load":"1"}}}""")!);
        await Eventually.HoldsAsync(async () => (await client.Resource(PodMetrics).Namespace(ns).ListAsync()).Items
            .All(m => m.GetPath("containers", "0", "usage", "cpu")?.ToString() == "1000000000n"));
        Assert.Equal(3, (await client.Resource(NodeMetrics).ListAsync()).Items.Count);
        await Eventually.HoldsAsync(() => NodesAddUpTheirPodsAsync(client), because: "each node reports its pods' CPU plus the system's 100m");

        // Pods that go stop counting on their nodes.
        await deployments.DeleteAsync("busy");
        await Eventually.HoldsAsync(async () => (await client.Resource(PodMetrics).Namespace(ns).ListAsync()).Items.Count == 0);
        await Eventually.HoldsAsync(() => NodesAddUpTheirPodsAsync(client), because: "deleted pods leave their nodes' metrics");
        var create = await Assert.ThrowsAsync<Members.Errors.KubernetesApiException>(() => client.Resource(PodMetrics).Namespace(ns).CreateAsync(
            JsonNode.Parse("""{"apiVersion":"metrics.k8s.io/v1beta1","kind":"PodMetrics","metadata":{"name":"x"}}""")!.AsObject()));
        Assert.Equal(405, create.StatusCode);
    }

    private static long Nanocores(JsonNode? quantity) => long.Parse(quantity!.ToString().TrimEnd('n'), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<bool> NodesAddUpTheirPodsAsync(KubernetesClusterClient client)
    {
        var pods = (await client.Resource(PodMetrics).ListAsync()).Items.Sum(m => Nanocores(m.GetPath("containers", "0", "usage", "cpu")));
        var nodes = (await client.Resource(NodeMetrics).ListAsync()).Items;
        return nodes.Sum(m => Nanocores(m.GetPath("usage", "cpu"))) == pods + (nodes.Count * 100_000_000L);
    }

    internal static JsonObject Workload(string kind, string name, int? replicas, string cpu)
    {
        var spec = new JsonObject
        {
            ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = name } },
            ["template"] = new JsonObject
            {
                ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = name } },
                ["spec"] = new JsonObject
                {
                    ["containers"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "main",
                        ["image"] = "nginx",
                        ["resources"] = new JsonObject { ["requests"] = new JsonObject { ["cpu"] = cpu, ["memory"] = "64Mi" } },
                    }),
                },
            },
        };
        if (replicas is { } r)
        {
            spec["replicas"] = r;
        }

        return new JsonObject
        {
            ["apiVersion"] = kind == "Job" ? "batch/v1" : "apps/v1",
            ["kind"] = kind,
            ["metadata"] = new JsonObject { ["name"] = name },
            ["spec"] = spec,
        };
    }

    private static async Task<JsonObject> WaitForAsync(ResourceClient resource, string name, Func<JsonObject, bool> condition)
    {
        JsonObject? last = null;
        await Eventually.HoldsAsync(async () => condition(last = await resource.GetAsync(name)), because: $"{name} never reached the expected state; last seen: {last?["status"]?.ToJsonString()}");
        return last!;
    }

    private static int Int(JsonObject obj, params string[] path) => obj.GetPath(path) is JsonValue v ? v.GetValue<int>() : 0;

    private static long Long(JsonObject obj, params string[] path) => obj.GetPath(path) is JsonValue v ? v.GetValue<long>() : 0;

    private static string? ReadyCondition(JsonObject pod) =>
        (pod.GetPath("status", "conditions") as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(c => c["type"]?.ToString() == "Ready")?["status"]?.ToString();

    private static List<string> Conditions(JsonObject obj) =>
        (obj.GetPath("status", "conditions") as JsonArray ?? []).OfType<JsonObject>().Select(c => $"{c["type"]}={c["status"]}").ToList();
}
