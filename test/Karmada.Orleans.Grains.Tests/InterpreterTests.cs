using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Propagation;

namespace Karmada.Orleans.Grains.Tests;

public sealed class InterpreterTests
{
    private static JsonObject Yaml(string yaml) => KubeYaml.ParseSingle(yaml).AsObject();

    private static AggregatedStatusItem Item(string cluster, string status) =>
        new() { ClusterName = cluster, Applied = true, Status = JsonSerializer.SerializeToElement(JsonNode.Parse(status)), Health = "Healthy" };

    [Fact]
    public void Replicas_and_requirements_come_from_the_pod_template()
    {
        var deployment = Yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: prod}
            spec:
              replicas: 3
              template:
                spec:
                  nodeSelector: {disk: ssd}
                  initContainers: [{name: init, resources: {requests: {cpu: "2"}}}]
                  containers:
                  - {name: a, resources: {requests: {cpu: 500m, memory: 1Gi}}}
                  - {name: b, resources: {requests: {cpu: 250m}}}
            """);

        var (replicas, requirements) = Interpreter.GetReplicas(deployment);

        Assert.Equal(3, replicas);
        Assert.Equal(Quantity.Parse("2"), requirements!.ResourceRequest!["cpu"]);
        Assert.Equal(Quantity.Parse("1Gi"), requirements.ResourceRequest["memory"]);
        Assert.Equal("ssd", requirements.NodeClaim!.NodeSelector!["disk"]);
        Assert.Equal((0, null), Interpreter.GetReplicas(Yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}}")));
    }

    [Fact]
    public void Deployment_status_is_summed_and_observed_generation_waits_for_every_member()
    {
        var template = Yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, generation: 4}, spec: {replicas: 2}}");
        var ready = Item("member1", """{"replicas":1,"readyReplicas":1,"availableReplicas":1,"updatedReplicas":1,"observedGeneration":2,"generation":2}""");
        var lagging = Item("member2", """{"replicas":1,"readyReplicas":1,"availableReplicas":1,"updatedReplicas":1,"observedGeneration":1,"generation":2}""");
        var caughtUp = Item("member2", """{"replicas":1,"readyReplicas":1,"availableReplicas":1,"updatedReplicas":1,"observedGeneration":2,"generation":2}""");

        var behind = Interpreter.AggregateStatus(template, [ready, lagging])!;
        var current = Interpreter.AggregateStatus(template, [ready, caughtUp])!;

        Assert.Equal(2, current["readyReplicas"]!.GetValue<long>());
        Assert.Equal(2, current["availableReplicas"]!.GetValue<long>());
        Assert.Equal(4, current["observedGeneration"]!.GetValue<long>());
        Assert.Equal(0, behind["observedGeneration"]!.GetValue<long>());
    }

    [Fact]
    public void A_job_completes_when_every_member_completed()
    {
        var template = Yaml("{apiVersion: batch/v1, kind: Job, metadata: {name: j}}");
        var done1 = Item("m1", """{"succeeded":1,"startTime":"2026-01-01T00:00:05Z","completionTime":"2026-01-01T00:01:00Z"}""");
        var done2 = Item("m2", """{"succeeded":1,"startTime":"2026-01-01T00:00:01Z","completionTime":"2026-01-01T00:02:00Z"}""");
        var running = Item("m2", """{"active":1,"startTime":"2026-01-01T00:00:01Z"}""");

        var complete = Interpreter.AggregateStatus(template, [done1, done2])!;
        var partial = Interpreter.AggregateStatus(template, [done1, running])!;

        Assert.Equal("2026-01-01T00:00:01Z", complete["startTime"]!.GetValue<string>());
        Assert.Equal("2026-01-01T00:02:00Z", complete["completionTime"]!.GetValue<string>());
        Assert.Equal("Complete", complete["conditions"]![0]!["type"]!.GetValue<string>());
        Assert.Null(partial["completionTime"]);
        Assert.Equal(1, partial["active"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("{kind: Deployment, metadata: {generation: 2}, spec: {replicas: 2}, status: {observedGeneration: 2, updatedReplicas: 2, availableReplicas: 2}}", "Healthy")]
    [InlineData("{kind: Deployment, metadata: {generation: 3}, spec: {replicas: 2}, status: {observedGeneration: 2, updatedReplicas: 2, availableReplicas: 2}}", "Unhealthy")]
    [InlineData("{kind: Deployment, metadata: {generation: 1}, spec: {replicas: 2}, status: {observedGeneration: 1, updatedReplicas: 2, availableReplicas: 1}}", "Unhealthy")]
    [InlineData("{kind: Job, status: {conditions: [{type: Failed, status: 'True'}]}}", "Unhealthy")]
    [InlineData("{kind: Service, spec: {type: LoadBalancer}, status: {loadBalancer: {}}}", "Unhealthy")]
    [InlineData("{kind: ConfigMap}", "Healthy")]
    public void Health_follows_karmadas_built_in_rules(string yaml, string health) =>
        Assert.Equal(health, Interpreter.InterpretHealth(Yaml(yaml)));

    [Fact]
    public void Dependencies_are_the_configmaps_secrets_service_accounts_and_claims_a_pod_template_uses()
    {
        var deployment = Yaml("""
            kind: Deployment
            spec:
              template:
                spec:
                  serviceAccountName: robot
                  imagePullSecrets: [{name: pull}]
                  volumes:
                  - {name: c, configMap: {name: settings}}
                  - {name: d, persistentVolumeClaim: {claimName: data}}
                  containers:
                  - name: app
                    envFrom: [{secretRef: {name: creds}}]
                    env: [{name: X, valueFrom: {configMapKeyRef: {name: settings, key: x}}}]
            """);

        var deps = Interpreter.GetDependencies(deployment).Select(d => $"{d.Kind}/{d.Name}");

        Assert.Equal(["ConfigMap/settings", "PersistentVolumeClaim/data", "Secret/creds", "Secret/pull", "ServiceAccount/robot"], deps);
    }
}
