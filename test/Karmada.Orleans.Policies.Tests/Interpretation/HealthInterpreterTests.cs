namespace Karmada.Orleans.Policies.Tests;

public sealed class HealthInterpreterTests
{
    private const string Healthy = ResourceHealth.Healthy;
    private const string Unhealthy = ResourceHealth.Unhealthy;

    [Theory]
    [InlineData("metadata: {generation: 2}, spec: {replicas: 2}, status: {observedGeneration: 2, updatedReplicas: 2, availableReplicas: 2}", Healthy)]
    [InlineData("metadata: {generation: 3}, spec: {replicas: 2}, status: {observedGeneration: 2, updatedReplicas: 2, availableReplicas: 2}", Unhealthy)]
    [InlineData("metadata: {generation: 2}, spec: {replicas: 3}, status: {observedGeneration: 2, updatedReplicas: 2, availableReplicas: 2}", Unhealthy)]
    [InlineData("metadata: {generation: 2}, spec: {replicas: 2}, status: {observedGeneration: 2, updatedReplicas: 2, availableReplicas: 1}", Unhealthy)]
    [InlineData("metadata: {generation: 1}, spec: {replicas: 0}, status: {observedGeneration: 1}", Healthy)]
    [InlineData("metadata: {generation: 1}, spec: {replicas: 1}", Unhealthy)]
    public void Deployment(string body, string expected) => Assert.Equal(expected, Health("apps/v1", "Deployment", body));

    [Theory]
    [InlineData("metadata: {generation: 1}, spec: {replicas: 3}, status: {observedGeneration: 1, updatedReplicas: 3, availableReplicas: 3}", Healthy)]
    [InlineData("metadata: {generation: 1}, spec: {replicas: 3}, status: {observedGeneration: 1, updatedReplicas: 3, availableReplicas: 2}", Unhealthy)]
    [InlineData("metadata: {generation: 1}, spec: {replicas: 3, updateStrategy: {rollingUpdate: {partition: 2}}}, status: {observedGeneration: 1, updatedReplicas: 1, availableReplicas: 3}", Healthy)]
    [InlineData("metadata: {generation: 1}, spec: {replicas: 3, updateStrategy: {rollingUpdate: {partition: 1}}}, status: {observedGeneration: 1, updatedReplicas: 1, availableReplicas: 3}", Unhealthy)]
    [InlineData("metadata: {generation: 2}, spec: {replicas: 3}, status: {observedGeneration: 1, updatedReplicas: 3, availableReplicas: 3}", Unhealthy)]
    public void StatefulSet(string body, string expected) => Assert.Equal(expected, Health("apps/v1", "StatefulSet", body));

    [Theory]
    [InlineData("metadata: {generation: 1}, spec: {replicas: 2}, status: {observedGeneration: 1, availableReplicas: 2}", Healthy)]
    [InlineData("metadata: {generation: 1}, spec: {replicas: 2}, status: {observedGeneration: 1, availableReplicas: 1}", Unhealthy)]
    public void ReplicaSet(string body, string expected) => Assert.Equal(expected, Health("apps/v1", "ReplicaSet", body));

    [Theory]
    [InlineData("metadata: {generation: 1}, status: {observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3}", Healthy)]
    [InlineData("metadata: {generation: 1}, status: {observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 2, numberAvailable: 3}", Unhealthy)]
    [InlineData("metadata: {generation: 1}, status: {observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 2}", Unhealthy)]
    public void DaemonSet(string body, string expected) => Assert.Equal(expected, Health("apps/v1", "DaemonSet", body));

    [Theory]
    [InlineData("status: {active: 1}", Healthy)]
    [InlineData("status: {conditions: [{type: Complete, status: 'True'}]}", Healthy)]
    [InlineData("status: {conditions: [{type: Failed, status: 'True'}]}", Unhealthy)]
    [InlineData("status: {conditions: [{type: Failed, status: 'False'}]}", Healthy)]
    public void Job(string body, string expected) => Assert.Equal(expected, Health("batch/v1", "Job", body));

    [Theory]
    [InlineData("status: {phase: Running, conditions: [{type: Ready, status: 'True'}]}", Healthy)]
    [InlineData("status: {phase: Running, conditions: [{type: Ready, status: 'False'}]}", Unhealthy)]
    [InlineData("status: {phase: Succeeded}", Healthy)]
    [InlineData("status: {phase: Pending}", Unhealthy)]
    [InlineData("status: {phase: Failed}", Unhealthy)]
    public void Pod(string body, string expected) => Assert.Equal(expected, Health("v1", "Pod", body));

    [Theory]
    [InlineData("spec: {type: ClusterIP}", Healthy)]
    [InlineData("spec: {type: LoadBalancer}, status: {loadBalancer: {}}", Unhealthy)]
    [InlineData("spec: {type: LoadBalancer}, status: {loadBalancer: {ingress: [{ip: 1.2.3.4}]}}", Healthy)]
    [InlineData("spec: {type: LoadBalancer}, status: {loadBalancer: {ingress: [{hostname: lb.example.com}]}}", Healthy)]
    [InlineData("spec: {type: LoadBalancer}, status: {loadBalancer: {ingress: [{ports: []}]}}", Unhealthy)]
    public void Service(string body, string expected) => Assert.Equal(expected, Health("v1", "Service", body));

    [Theory]
    [InlineData("status: {loadBalancer: {ingress: [{ip: 1.2.3.4}]}}", Healthy)]
    [InlineData("status: {}", Unhealthy)]
    public void Ingress(string body, string expected) => Assert.Equal(expected, Health("networking.k8s.io/v1", "Ingress", body));

    [Theory]
    [InlineData("status: {phase: Bound}", Healthy)]
    [InlineData("status: {phase: Pending}", Unhealthy)]
    public void PersistentVolumeClaim(string body, string expected) => Assert.Equal(expected, Health("v1", "PersistentVolumeClaim", body));

    [Theory]
    [InlineData("v1", "ConfigMap", "data: {a: b}")]
    [InlineData("example.io/v1", "Widget", "status: {phase: Broken}")]
    [InlineData("apps/v1beta1", "Deployment", "spec: {replicas: 9}")]
    public void Kinds_without_a_rule_are_healthy(string apiVersion, string kind, string body)
        => Assert.Equal(Healthy, Health(apiVersion, kind, body));

    [Fact]
    public void An_unreadable_object_is_unknown()
        => Assert.Equal(ResourceHealth.Unknown, Health("apps/v1", "Deployment", "metadata: {generation: one}, status: {observedGeneration: 1}"));

    private static string Health(string apiVersion, string kind, string body)
        => BuiltInInterpreter.InterpretHealth(Fixtures.Obj($"{{apiVersion: {apiVersion}, kind: {kind}, {(body.StartsWith("metadata", StringComparison.Ordinal) ? "" : "metadata: {name: x}, ")}{body}}}"));
}
