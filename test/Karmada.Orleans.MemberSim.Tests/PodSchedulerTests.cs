using System.Text.Json.Nodes;
using Karmada.Orleans.MemberSim.Simulation;

namespace Karmada.Orleans.MemberSim.Tests;

public sealed class PodSchedulerTests
{
    private static SchedulableNode Node(string name, string cpu = "4", string memory = "8Gi", int pods = 110, bool ready = true, bool cordoned = false, string? labels = null, string? taints = null) =>
        SchedulableNode.From(JsonNode.Parse($$$"""
            {"metadata": {"name": "{{{name}}}", "labels": {{{labels ?? "{}"}}}},
             "spec": {"unschedulable": {{{(cordoned ? "true" : "false")}}}, "taints": {{{taints ?? "[]"}}}},
             "status": {"allocatable": {"cpu": "{{{cpu}}}", "memory": "{{{memory}}}", "pods": "{{{pods}}}"},
                        "conditions": [{"type": "Ready", "status": "{{{(ready ? "True" : "False")}}}"}]}}
            """)!.AsObject());

    private static JsonObject Spec(string json) => JsonNode.Parse(json)!.AsObject();

    public static TheoryData<string, string, string?, string?> Cases => new()
    {
        // pod spec, node set, expected node, expected message
        { """{"containers": [{"resources": {"requests": {"cpu": "1"}}}]}""", "two", "a", null },
        { """{"containers": [{"resources": {"requests": {"cpu": "8"}}}]}""", "two", null, "0/2 nodes are available: 2 Insufficient cpu." },
        { """{"containers": [{"resources": {"limits": {"memory": "64Gi"}}}]}""", "two", null, "0/2 nodes are available: 2 Insufficient memory." },
        { """{"nodeSelector": {"disk": "ssd"}, "containers": [{}]}""", "labelled", "b", null },
        { """{"nodeSelector": {"disk": "nvme"}, "containers": [{}]}""", "labelled", null, "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector." },
        { """{"affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{"matchExpressions": [{"key": "disk", "operator": "In", "values": ["ssd"]}]}]}}}, "containers": [{}]}""", "labelled", "b", null },
        { """{"containers": [{}]}""", "tainted", null, "0/2 nodes are available: 1 node(s) had untolerated taint {gpu: yes}, 1 node(s) were unschedulable." },
        { """{"tolerations": [{"key": "gpu", "operator": "Exists"}], "containers": [{}]}""", "tainted", "a", null },
        { """{"containers": [{}]}""", "notready", "b", null },
        { """{"initContainers": [{"resources": {"requests": {"cpu": "3500m"}}}], "containers": [{"resources": {"requests": {"cpu": "1"}}}]}""", "two", "a", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Places_pods_like_kube_scheduler(string podSpec, string nodeSet, string? expectedNode, string? expectedMessage)
    {
        var nodes = nodeSet switch
        {
            "two" => new[] { Node("a"), Node("b") },
            "labelled" => [Node("a", labels: """{"disk": "hdd"}"""), Node("b", labels: """{"disk": "ssd"}""")],
            "tainted" => [Node("a", taints: """[{"key": "gpu", "value": "yes", "effect": "NoSchedule"}]"""), Node("b", cordoned: true)],
            _ => [Node("a", ready: false), Node("b")],
        };
        var spec = Spec(podSpec);

        var result = PodScheduler.Schedule(spec, PodRequest.Of(spec), nodes, _ => default);

        Assert.Equal((expectedNode, expectedMessage), (result.Node, result.Message));
    }

    [Fact]
    public void Spreads_pods_to_the_least_allocated_node_and_counts_what_is_placed()
    {
        var nodes = new[] { Node("a", cpu: "4", pods: 3), Node("b", cpu: "4", pods: 3) };
        var spec = Spec("""{"containers": [{"resources": {"requests": {"cpu": "1500m"}}}]}""");
        var request = PodRequest.Of(spec);
        var load = new Dictionary<string, NodeLoad>();
        var placed = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            var result = PodScheduler.Schedule(spec, request, nodes, n => load.GetValueOrDefault(n));
            placed.Add(result.Node ?? result.Message);
            if (result.Node is { } node)
            {
                load[node] = load.GetValueOrDefault(node).Add(request, +1);
            }
        }

        Assert.Equal(["a", "b", "a", "b", "0/2 nodes are available: 2 Insufficient cpu."], placed);
    }

    [Theory]
    [InlineData("""{"containers": [{"resources": {"requests": {"cpu": "250m", "memory": "1Gi"}}}, {"resources": {"requests": {"cpu": "1"}}}]}""", 1250, 1073741824)]
    [InlineData("""{"containers": [{"resources": {"limits": {"cpu": "2", "memory": "512Mi"}}}]}""", 2000, 536870912)]
    [InlineData("""{"initContainers": [{"resources": {"requests": {"memory": "2Gi"}}}], "containers": [{"resources": {"requests": {"memory": "1Gi"}}}]}""", 0, 2147483648)]
    [InlineData("""{"containers": [{}]}""", 0, 0)]
    public void Pod_requests_sum_containers_and_take_the_largest_init_container(string podSpec, long cpuMilli, long memory) =>
        Assert.Equal(new PodRequest(cpuMilli, memory), PodRequest.Of(Spec(podSpec)));
}
