namespace Karmada.Orleans.Policies.Tests;

public sealed class StatusReflectionTests
{
    [Fact]
    public void Deployment_reflects_counters_and_generations()
    {
        var member = Fixtures.Obj("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: nginx
              generation: 4
              annotations: {resourcetemplate.karmada.io/generation: "2"}
            status:
              replicas: 1
              readyReplicas: 1
              updatedReplicas: 1
              availableReplicas: 1
              observedGeneration: 4
              collisionCount: 2
              conditions: [{type: Available, status: "True"}]
            """);

        var status = BuiltInInterpreter.ReflectStatus(member);

        Assert.Equal(
            "{\"replicas\":1,\"updatedReplicas\":1,\"readyReplicas\":1,\"availableReplicas\":1,\"observedGeneration\":4,\"generation\":4,\"resourceTemplateGeneration\":2}",
            status!.ToJsonString());
    }

    [Theory]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, metadata: {name: d}}", null)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, metadata: {name: d}, status: {}}", null)]
    [InlineData("{apiVersion: v1, kind: Service, metadata: {name: s}, spec: {type: ClusterIP}, status: {loadBalancer: {}}}", null)]
    [InlineData("{apiVersion: v1, kind: Service, metadata: {name: s}, spec: {type: LoadBalancer}, status: {loadBalancer: {ingress: [{ip: 1.1.1.1}]}, conditions: []}}", "{\"loadBalancer\":{\"ingress\":[{\"ip\":\"1.1.1.1\"}]}}")]
    [InlineData("{apiVersion: batch/v1, kind: Job, metadata: {name: j}, status: {active: 1, succeeded: 2, ready: 1, uncountedTerminatedPods: {}}}", "{\"active\":1,\"succeeded\":2}")]
    [InlineData("{apiVersion: apps/v1, kind: StatefulSet, metadata: {name: s, generation: 2}, status: {replicas: 2, readyReplicas: 2, currentRevision: r1, observedGeneration: 2}}", "{\"replicas\":2,\"readyReplicas\":2,\"observedGeneration\":2,\"generation\":2}")]
    [InlineData("{apiVersion: apps/v1, kind: DaemonSet, metadata: {name: d, generation: 1}, status: {desiredNumberScheduled: 3, numberReady: 3, observedGeneration: 1}}", "{\"desiredNumberScheduled\":3,\"numberReady\":3,\"observedGeneration\":1,\"generation\":1}")]
    [InlineData("{apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: i}, status: {loadBalancer: {ingress: [{hostname: lb}]}}}", "{\"loadBalancer\":{\"ingress\":[{\"hostname\":\"lb\"}]}}")]
    [InlineData("{apiVersion: v1, kind: PersistentVolumeClaim, metadata: {name: c}, status: {phase: Bound, capacity: {storage: 1Gi}}}", "{\"phase\":\"Bound\",\"capacity\":{\"storage\":\"1Gi\"}}")]
    [InlineData("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}, status: {ready: true}}", "{\"ready\":true}")]
    public void Reflects_what_karmada_records_per_kind(string yaml, string? expected)
    {
        Assert.Equal(expected, BuiltInInterpreter.ReflectStatus(Fixtures.Obj(yaml))?.ToJsonString());
    }
}
