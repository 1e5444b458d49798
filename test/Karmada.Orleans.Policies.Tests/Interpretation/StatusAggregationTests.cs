using System.Text.Json;

namespace Karmada.Orleans.Policies.Tests;

public sealed class StatusAggregationTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Deployment_in_two_members_each_one_ready_is_two_of_two_at_the_template_generation()
    {
        var template = Deployment(generation: 3, status: "{observedGeneration: 2, conditions: [{type: Available, status: 'True'}]}");
        var items = new[]
        {
            Item("member1", "{replicas: 1, readyReplicas: 1, updatedReplicas: 1, availableReplicas: 1, observedGeneration: 5, generation: 5, resourceTemplateGeneration: 3}"),
            Item("member2", "{replicas: 1, readyReplicas: 1, updatedReplicas: 1, availableReplicas: 1, observedGeneration: 1, generation: 1, resourceTemplateGeneration: 3}"),
        };

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal("2", Fixtures.At(status, "/replicas"));
        Assert.Equal("2", Fixtures.At(status, "/readyReplicas"));
        Assert.Equal("2", Fixtures.At(status, "/updatedReplicas"));
        Assert.Equal("2", Fixtures.At(status, "/availableReplicas"));
        Assert.Equal("<missing>", Fixtures.At(status, "/unavailableReplicas"));
        Assert.Equal("3", Fixtures.At(status, "/observedGeneration"));
        Assert.Equal("\"Available\"", Fixtures.At(status, "/conditions/0/type"));
    }

    [Theory]
    [InlineData("{replicas: 1, observedGeneration: 4, generation: 5, resourceTemplateGeneration: 3}")]
    [InlineData("{replicas: 1, observedGeneration: 5, generation: 5, resourceTemplateGeneration: 2}")]
    [InlineData("{replicas: 1, observedGeneration: 5, generation: 5}")]
    [InlineData(null)]
    public void A_member_lagging_behind_keeps_the_previous_observed_generation(string? lagging)
    {
        var template = Deployment(generation: 3, status: "{observedGeneration: 2, replicas: 2}");
        var items = new[]
        {
            Item("member1", "{replicas: 1, observedGeneration: 5, generation: 5, resourceTemplateGeneration: 3}"),
            Item("member2", lagging),
        };

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal("2", Fixtures.At(status, "/observedGeneration"));
        Assert.Equal(lagging is null ? "1" : "2", Fixtures.At(status, "/replicas"));
    }

    [Fact]
    public void Zero_counters_are_removed_from_the_previous_status()
    {
        var template = Deployment(generation: 1, status: "{readyReplicas: 2, unavailableReplicas: 1}");
        var items = new[] { Item("member1", "{replicas: 2, unavailableReplicas: 2, observedGeneration: 1, generation: 1, resourceTemplateGeneration: 1}") };

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal("{\"unavailableReplicas\":2,\"replicas\":2,\"observedGeneration\":1}", status.ToJsonString());
    }

    [Fact]
    public void StatefulSet_sums_its_counters()
    {
        var template = Fixtures.Obj("{apiVersion: apps/v1, kind: StatefulSet, metadata: {name: db, generation: 2}, spec: {replicas: 3}}");
        var items = new[]
        {
            Item("a", "{replicas: 2, readyReplicas: 2, currentReplicas: 2, updatedReplicas: 2, availableReplicas: 1, observedGeneration: 1, generation: 1, resourceTemplateGeneration: 2}"),
            Item("b", "{replicas: 1, readyReplicas: 1, currentReplicas: 1, updatedReplicas: 1, availableReplicas: 1, observedGeneration: 1, generation: 1, resourceTemplateGeneration: 2}"),
        };

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal(
            "{\"replicas\":3,\"readyReplicas\":3,\"currentReplicas\":3,\"updatedReplicas\":3,\"availableReplicas\":2,\"observedGeneration\":2}",
            status.ToJsonString());
    }

    [Fact]
    public void DaemonSet_sums_its_counters()
    {
        var template = Fixtures.Obj("{apiVersion: apps/v1, kind: DaemonSet, metadata: {name: agent, generation: 1}}");
        var items = new[]
        {
            Item("a", "{currentNumberScheduled: 3, desiredNumberScheduled: 3, numberAvailable: 3, numberReady: 3, updatedNumberScheduled: 3, observedGeneration: 1, generation: 1, resourceTemplateGeneration: 1}"),
            Item("b", "{currentNumberScheduled: 2, desiredNumberScheduled: 2, numberAvailable: 1, numberReady: 1, updatedNumberScheduled: 2, numberUnavailable: 1, numberMisscheduled: 1, observedGeneration: 1, generation: 1, resourceTemplateGeneration: 1}"),
        };

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal(
            "{\"currentNumberScheduled\":5,\"desiredNumberScheduled\":5,\"numberAvailable\":4,\"numberMisscheduled\":1,\"numberReady\":4,\"updatedNumberScheduled\":5,\"numberUnavailable\":1,\"observedGeneration\":1}",
            status.ToJsonString());
    }

    [Fact]
    public void ReplicaSet_sums_its_counters()
    {
        var template = Fixtures.Obj("{apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: rs, generation: 1}}");
        var items = new[] { Item("a", "{replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 1, availableReplicas: 1, observedGeneration: 1, generation: 1, resourceTemplateGeneration: 1}") };

        Assert.Equal(
            "{\"replicas\":2,\"fullyLabeledReplicas\":2,\"readyReplicas\":1,\"availableReplicas\":1,\"observedGeneration\":1}",
            BuiltInInterpreter.AggregateStatus(template, items, Now)!.ToJsonString());
    }

    [Fact]
    public void Job_completes_when_every_member_completed_with_earliest_start_and_latest_completion()
    {
        var template = Fixtures.Obj("{apiVersion: batch/v1, kind: Job, metadata: {name: pi}, spec: {completions: 4}}");
        var items = new[]
        {
            Item("a", "{succeeded: 2, startTime: '2025-06-01T10:00:00Z', completionTime: '2025-06-01T10:05:00Z', conditions: [{type: Complete, status: 'True'}]}"),
            Item("b", "{succeeded: 2, startTime: '2025-06-01T09:59:00Z', completionTime: '2025-06-01T10:07:30Z', conditions: [{type: Complete, status: 'True'}]}"),
        };

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal("4", Fixtures.At(status, "/succeeded"));
        Assert.Equal("\"2025-06-01T09:59:00Z\"", Fixtures.At(status, "/startTime"));
        Assert.Equal("\"2025-06-01T10:07:30Z\"", Fixtures.At(status, "/completionTime"));
        var condition = Assert.Single(status["conditions"]!.AsArray())!;
        Assert.Equal(
            "{\"type\":\"Complete\",\"status\":\"True\",\"lastProbeTime\":\"2025-06-01T12:00:00Z\",\"lastTransitionTime\":\"2025-06-01T12:00:00Z\",\"reason\":\"Completed\",\"message\":\"Job completed\"}",
            condition.ToJsonString());
    }

    [Fact]
    public void Job_still_running_somewhere_is_not_complete_and_has_no_completion_time()
    {
        var template = Fixtures.Obj("{apiVersion: batch/v1, kind: Job, metadata: {name: pi}}");
        var items = new[]
        {
            Item("a", "{succeeded: 2, startTime: '2025-06-01T10:00:00Z', completionTime: '2025-06-01T10:05:00Z', conditions: [{type: Complete, status: 'True'}]}"),
            Item("b", "{active: 1, startTime: '2025-06-01T10:01:00Z'}"),
            Item("c", null),
        };

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal("{\"active\":1,\"succeeded\":2,\"startTime\":\"2025-06-01T10:00:00Z\"}", status.ToJsonString());
    }

    [Fact]
    public void Job_failed_in_any_member_is_failed_naming_the_clusters()
    {
        var template = Fixtures.Obj("{apiVersion: batch/v1, kind: Job, metadata: {name: pi}}");
        var items = new[]
        {
            Item("a", "{failed: 3, conditions: [{type: Failed, status: 'True'}]}"),
            Item("b", "{active: 1}"),
            Item("c", "{failed: 1, conditions: [{type: Failed, status: 'True'}]}"),
        };

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal("4", Fixtures.At(status, "/failed"));
        Assert.Equal("\"Failed\"", Fixtures.At(status, "/conditions/0/type"));
        Assert.Equal("\"JobFailed\"", Fixtures.At(status, "/conditions/0/reason"));
        Assert.Equal("\"Job executed failed in member clusters a,c\"", Fixtures.At(status, "/conditions/0/message"));
    }

    [Fact]
    public void A_finished_job_is_not_aggregated_again()
    {
        var template = Fixtures.Obj("{apiVersion: batch/v1, kind: Job, metadata: {name: pi}, status: {conditions: [{type: Complete, status: 'True'}]}}");

        Assert.Null(BuiltInInterpreter.AggregateStatus(template, [Item("a", "{active: 1}")], Now));
    }

    [Fact]
    public void CronJob_collects_active_jobs_and_latest_times()
    {
        var template = Fixtures.Obj("{apiVersion: batch/v1, kind: CronJob, metadata: {name: c}, status: {active: [{name: stale}]}}");
        var items = new[]
        {
            Item("a", "{active: [{kind: Job, name: c-1}], lastScheduleTime: '2025-06-01T10:00:00Z', lastSuccessfulTime: '2025-06-01T09:00:00Z'}"),
            Item("b", "{active: [{kind: Job, name: c-2}], lastScheduleTime: '2025-06-01T11:00:00Z'}"),
            Item("c", null),
        };

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal(
            "{\"active\":[{\"kind\":\"Job\",\"name\":\"c-1\"},{\"kind\":\"Job\",\"name\":\"c-2\"}],\"lastScheduleTime\":\"2025-06-01T11:00:00Z\",\"lastSuccessfulTime\":\"2025-06-01T09:00:00Z\"}",
            status.ToJsonString());
    }

    [Fact]
    public void LoadBalancer_service_merges_every_members_ingress_naming_the_cluster_when_no_hostname()
    {
        var template = Fixtures.Obj("{apiVersion: v1, kind: Service, metadata: {name: web}, spec: {type: LoadBalancer}}");
        var items = new[]
        {
            Item("member1", "{loadBalancer: {ingress: [{ip: 1.1.1.1}]}}"),
            Item("member2", "{loadBalancer: {ingress: [{hostname: lb.example.com}, {ip: 2.2.2.2}]}}"),
            Item("member3", null),
        };

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal(
            "{\"loadBalancer\":{\"ingress\":[{\"ip\":\"1.1.1.1\",\"hostname\":\"member1\"},{\"hostname\":\"lb.example.com\"},{\"ip\":\"2.2.2.2\",\"hostname\":\"member2\"}]}}",
            status.ToJsonString());
    }

    [Fact]
    public void Other_services_are_not_aggregated()
    {
        var template = Fixtures.Obj("{apiVersion: v1, kind: Service, metadata: {name: web}, spec: {type: ClusterIP}}");

        Assert.Null(BuiltInInterpreter.AggregateStatus(template, [Item("member1", "{loadBalancer: {}}")], Now));
    }

    [Fact]
    public void Ingress_merges_load_balancer_ingress()
    {
        var template = Fixtures.Obj("{apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: web}}");
        var items = new[] { Item("m1", "{loadBalancer: {ingress: [{ip: 1.1.1.1}]}}"), Item("m2", "{loadBalancer: {}}") };

        Assert.Equal(
            "{\"loadBalancer\":{\"ingress\":[{\"ip\":\"1.1.1.1\",\"hostname\":\"m1\"}]}}",
            BuiltInInterpreter.AggregateStatus(template, items, Now)!.ToJsonString());
    }

    [Theory]
    [InlineData(new[] { "Bound", "Bound" }, "Bound")]
    [InlineData(new[] { "Bound", "Pending" }, "Pending")]
    [InlineData(new[] { "Lost", "Pending" }, "Lost")]
    [InlineData(new[] { "Pending", "Lost" }, "Lost")]
    public void PersistentVolumeClaim_is_bound_only_when_every_member_is(string[] phases, string expected)
    {
        var template = Fixtures.Obj("{apiVersion: v1, kind: PersistentVolumeClaim, metadata: {name: data}}");
        var items = phases.Select((p, i) => Item($"m{i}", $"{{phase: {p}}}")).ToArray();

        Assert.Equal($"{{\"phase\":\"{expected}\"}}", BuiltInInterpreter.AggregateStatus(template, items, Now)!.ToJsonString());
    }

    [Theory]
    [InlineData(new[] { "Running", "Succeeded" }, "Running")]
    [InlineData(new[] { "Running", "Pending" }, "Pending")]
    [InlineData(new[] { "Pending", "Failed" }, "Failed")]
    [InlineData(new[] { "Succeeded", "Succeeded" }, "Succeeded")]
    [InlineData(new[] { "Running", "" }, "Pending")]
    public void Pod_takes_the_worst_phase_and_an_unreported_member_is_pending(string[] phases, string expected)
    {
        var template = Fixtures.Obj("{apiVersion: v1, kind: Pod, metadata: {name: p}}");
        var items = phases.Select((p, i) => Item($"m{i}", p.Length == 0 ? null : $"{{phase: {p}, containerStatuses: [{{name: c, ready: true, restartCount: 2, state: {{running: {{}}}}}}]}}")).ToArray();

        var status = BuiltInInterpreter.AggregateStatus(template, items, Now)!;

        Assert.Equal($"\"{expected}\"", Fixtures.At(status, "/phase"));
        Assert.Equal("{\"ready\":true,\"state\":{\"running\":{}}}", Fixtures.At(status, "/containerStatuses/0"));
    }

    [Fact]
    public void Kinds_without_aggregation_return_null()
    {
        Assert.Null(BuiltInInterpreter.AggregateStatus(Fixtures.Obj("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}}"), [Item("a", "{x: 1}")], Now));
        Assert.Null(BuiltInInterpreter.AggregateStatus(Fixtures.Obj("{apiVersion: example.io/v1, kind: Widget, metadata: {name: w}}"), [Item("a", "{x: 1}")], Now));
    }

    [Fact]
    public void An_unreadable_member_status_is_an_error()
    {
        var template = Deployment(generation: 1, status: "{}");

        Assert.Throws<InterpretationException>(() => BuiltInInterpreter.AggregateStatus(template, [Item("a", "{replicas: many}")], Now));
    }

    [Fact]
    public void Reflected_statuses_aggregate_back_to_the_template()
    {
        var template = Deployment(generation: 2, status: "{}");
        var members = new[] { "member1", "member2" }.Select(cluster => new AggregatedStatusItem
        {
            ClusterName = cluster,
            Status = JsonSerializer.SerializeToElement(BuiltInInterpreter.ReflectStatus(Fixtures.Obj("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: nginx, generation: 1, annotations: {resourcetemplate.karmada.io/generation: "2"}}
                status: {replicas: 1, readyReplicas: 1, updatedReplicas: 1, availableReplicas: 1, observedGeneration: 1}
                """))),
        }).ToList();

        var status = BuiltInInterpreter.AggregateStatus(template, members, Now)!;

        Assert.Equal("{\"replicas\":2,\"readyReplicas\":2,\"updatedReplicas\":2,\"availableReplicas\":2,\"observedGeneration\":2}", status.ToJsonString());
    }

    private static JsonObject Deployment(long generation, string status)
        => Fixtures.Obj($"{{apiVersion: apps/v1, kind: Deployment, metadata: {{name: nginx, namespace: default, generation: {generation}}}, spec: {{replicas: 2}}, status: {status}}}");

    private static AggregatedStatusItem Item(string cluster, string? statusYaml) => new()
    {
        ClusterName = cluster,
        Applied = true,
        Status = statusYaml is null ? null : JsonSerializer.SerializeToElement(Fixtures.Obj(statusYaml)),
    };
}
