namespace Karmada.Orleans.Policies.Tests;

public sealed class ReplicaInterpreterTests
{
    [Theory]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, metadata: {name: a}, spec: {replicas: 3}}", 3)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, metadata: {name: a}, spec: {}}", 1)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, metadata: {name: a}, spec: {replicas: 0}}", 0)]
    [InlineData("{apiVersion: apps/v1, kind: StatefulSet, metadata: {name: a}, spec: {replicas: 5}}", 5)]
    [InlineData("{apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: a}, spec: {replicas: 2}}", 2)]
    [InlineData("{apiVersion: batch/v1, kind: Job, metadata: {name: a}, spec: {parallelism: 4, completions: 10}}", 4)]
    [InlineData("{apiVersion: batch/v1, kind: Job, metadata: {name: a}, spec: {completions: 10}}", 1)]
    [InlineData("{apiVersion: v1, kind: Pod, metadata: {name: a}, spec: {}}", 1)]
    [InlineData("{apiVersion: apps/v1, kind: DaemonSet, metadata: {name: a}, spec: {}}", 0)]
    [InlineData("{apiVersion: batch/v1, kind: CronJob, metadata: {name: a}, spec: {}}", 0)]
    [InlineData("{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}", 0)]
    [InlineData("{apiVersion: apps/v1beta1, kind: Deployment, metadata: {name: a}, spec: {replicas: 3}}", 0)]
    [InlineData("{apiVersion: webapp.my.domain/v1, kind: Guestbook, metadata: {name: a}, spec: {size: 2}}", 0)]
    public void Replicas_per_kind(string yaml, int expected)
    {
        var (replicas, _) = BuiltInInterpreter.GetReplicas(Fixtures.Obj(yaml));

        Assert.Equal(expected, replicas);
    }

    [Fact]
    public void Non_workloads_and_templates_without_requests_or_node_constraints_have_no_requirements()
    {
        Assert.Null(BuiltInInterpreter.GetReplicas(Fixtures.Obj("{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}")).Requirements);
        Assert.Null(BuiltInInterpreter.GetReplicas(Fixtures.Deployment()).Requirements);
    }

    [Fact]
    public void Resource_request_sums_containers_takes_the_largest_init_container_and_adds_overhead()
    {
        var deployment = Fixtures.Obj("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 2
              template:
                spec:
                  overhead: {cpu: 10m}
                  containers:
                  - name: app
                    resources:
                      requests: {cpu: 250m, memory: 64Mi, nvidia.com/gpu: "1"}
                      limits: {cpu: "4"}
                  - name: sidecar
                    resources:
                      requests: {cpu: 100m, memory: 32Mi, unmodelled: "5"}
                  - name: no-requests
                  initContainers:
                  - name: migrate
                    resources:
                      requests: {cpu: 500m, memory: 16Mi}
                  - name: warm
                    resources:
                      requests: {memory: 128Mi, ephemeral-storage: 1Gi}
            """);

        var (replicas, requirements) = BuiltInInterpreter.GetReplicas(deployment);

        Assert.Equal(2, replicas);
        Assert.NotNull(requirements);
        Assert.Equal(
            new Dictionary<string, string> { ["cpu"] = "510m", ["ephemeral-storage"] = "1Gi", ["memory"] = "128Mi", ["nvidia.com/gpu"] = "1" },
            requirements.ResourceRequest!.ToDictionary(r => r.Key, r => r.Value.ToString()));
        Assert.Equal("shop", requirements.Namespace);
        Assert.Null(requirements.NodeClaim);
    }

    [Fact]
    public void Node_claim_carries_node_selector_tolerations_and_required_node_affinity()
    {
        var job = Fixtures.Obj("""
            apiVersion: batch/v1
            kind: Job
            metadata: {name: train, namespace: ml}
            spec:
              parallelism: 3
              template:
                spec:
                  priorityClassName: high
                  nodeSelector: {accelerator: a100}
                  tolerations:
                  - {key: gpu, operator: Exists, effect: NoSchedule}
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                        - matchExpressions:
                          - {key: zone, operator: In, values: [a, b]}
                      preferredDuringSchedulingIgnoredDuringExecution:
                      - weight: 1
                        preference: {matchExpressions: [{key: x, operator: Exists}]}
                  containers:
                  - name: t
            """);

        var (replicas, requirements) = BuiltInInterpreter.GetReplicas(job);

        Assert.Equal(3, replicas);
        var claim = requirements!.NodeClaim!;
        Assert.Equal("a100", claim.NodeSelector!["accelerator"]);
        Assert.Equal(new Toleration { Key = "gpu", Operator = "Exists", Effect = "NoSchedule" }, Assert.Single(claim.Tolerations!));
        var requirement = Assert.Single(Assert.Single(claim.HardNodeAffinity!.NodeSelectorTerms).MatchExpressions!);
        Assert.Equal(("zone", "In", "a,b"), (requirement.Key, requirement.Operator, string.Join(',', requirement.Values!)));
        Assert.Null(requirements.ResourceRequest);
        Assert.Equal("high", requirements.PriorityClassName);
        Assert.Equal("ml", requirements.Namespace);
    }

    [Fact]
    public void A_pod_is_one_replica_with_its_own_spec_as_requirements()
    {
        var pod = Fixtures.Obj("""
            apiVersion: v1
            kind: Pod
            metadata: {name: p, namespace: default}
            spec:
              containers:
              - {name: c, resources: {requests: {cpu: 1, memory: 1G}}}
            """);

        var (replicas, requirements) = BuiltInInterpreter.GetReplicas(pod);

        Assert.Equal(1, replicas);
        Assert.Equal(1m, requirements!.ResourceRequest!["cpu"].Value);
        Assert.Equal(1_000_000_000m, requirements.ResourceRequest["memory"].Value);
    }

    [Fact]
    public void A_malformed_quantity_is_an_interpretation_error()
    {
        var deployment = Fixtures.Obj("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: a}
            spec: {template: {spec: {containers: [{name: c, resources: {requests: {cpu: lots}}}]}}}
            """);

        Assert.Throws<InterpretationException>(() => BuiltInInterpreter.GetReplicas(deployment));
    }
}
