namespace Karmada.Orleans.Policies.Tests;

public sealed class ReplicaRevisionTests
{
    [Theory]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, metadata: {name: a}, spec: {replicas: 5}}", "/spec/replicas", "2")]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, metadata: {name: a}, spec: {}}", "/spec/replicas", "2")]
    [InlineData("{apiVersion: apps/v1, kind: StatefulSet, metadata: {name: a}, spec: {replicas: 5}}", "/spec/replicas", "2")]
    [InlineData("{apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: a}, spec: {replicas: 5}}", "/spec/replicas", "2")]
    [InlineData("{apiVersion: batch/v1, kind: Job, metadata: {name: a}, spec: {parallelism: 5, completions: 9}}", "/spec/parallelism", "2")]
    [InlineData("{apiVersion: batch/v1, kind: Job, metadata: {name: a}, spec: {parallelism: 5, completions: 9}}", "/spec/completions", "9")]
    [InlineData("{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}", "/spec", "<missing>")]
    public void Revises_the_replica_field_of_each_kind(string yaml, string pointer, string expected)
    {
        var template = Fixtures.Obj(yaml);
        var before = template.ToJsonString();

        var revised = BuiltInInterpreter.ReviseReplica(template, 2);

        Assert.Equal(expected, Fixtures.At(revised, pointer));
        Assert.Equal(before, template.ToJsonString());
    }

    [Fact]
    public void Job_completions_are_revised_only_when_the_template_sets_them()
    {
        var counted = Fixtures.Obj("{apiVersion: batch/v1, kind: Job, metadata: {name: a}, spec: {parallelism: 2, completions: 10}}");
        var workQueue = Fixtures.Obj("{apiVersion: batch/v1, kind: Job, metadata: {name: a}, spec: {parallelism: 2}}");

        Assert.Equal("4", Fixtures.At(BuiltInInterpreter.ReviseJobCompletions(counted, 4), "/spec/completions"));
        Assert.Equal("<missing>", Fixtures.At(BuiltInInterpreter.ReviseJobCompletions(workQueue, 4), "/spec/completions"));
        Assert.Equal(10, BuiltInInterpreter.JobCompletions(counted));
        Assert.Null(BuiltInInterpreter.JobCompletions(workQueue));
    }

    [Theory]
    [InlineData("{parallelism: 2, completions: 10}", 2, "{replicaScheduling: {replicaSchedulingType: Divided}}", true)]
    [InlineData("{parallelism: 2, completions: 10}", 2, "{replicaScheduling: {}}", true)]
    [InlineData("{parallelism: 2, completions: 10}", 2, "{replicaScheduling: {replicaSchedulingType: Duplicated}}", false)]
    [InlineData("{parallelism: 2, completions: 10}", 2, "{}", false)]
    [InlineData("{parallelism: 2, completions: 10}", 0, "{replicaScheduling: {replicaSchedulingType: Divided}}", false)]
    [InlineData("{parallelism: 2}", 2, "{replicaScheduling: {replicaSchedulingType: Divided}}", false)]
    public void Completions_are_divided_for_jobs_with_completions_under_a_divided_placement(string specYaml, int replicas, string placementYaml, bool expected)
    {
        var job = Fixtures.Obj($"{{apiVersion: batch/v1, kind: Job, metadata: {{name: a}}, spec: {specYaml}}}");

        Assert.Equal(expected, BuiltInInterpreter.ShouldDivideJobCompletions(job, replicas, Fixtures.Doc<Placement>(placementYaml)));
    }
}
