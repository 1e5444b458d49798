using static Karmada.Orleans.Scheduling.Tests.Fixtures;

namespace Karmada.Orleans.Scheduling.Tests;

public sealed class ScheduleOutcomeTests
{
    private static ResourceBinding Binding(ResourceBindingSpec spec, ResourceBindingStatus? status = null)
        => new() { Metadata = new ObjectMeta { Name = "nginx-deployment", Namespace = "default", Generation = 4 }, Spec = spec, Status = status };

    [Fact]
    public void Success_writes_clusters_annotation_condition_and_times()
    {
        var binding = Binding(Spec(StaticWeights(("m1", 1), ("m2", 1)), replicas: 2));

        var updated = new KarmadaScheduler().Schedule(binding, [Cluster("m1"), Cluster("m2")]).ApplyTo(binding, Now);

        Assert.Equal("m1:1,m2:1", Show(updated.Spec.Clusters!));
        Assert.Equal(KarmadaJson.Serialize(binding.Spec.Placement), updated.Metadata.Annotations![KarmadaAnnotations.AppliedPlacement]);
        var condition = Assert.Single(updated.Status!.Conditions!);
        Assert.Equal(("Scheduled", "True", "Success", "Binding has been scheduled successfully.", Now), (condition.Type, condition.Status, condition.Reason, condition.Message, condition.LastTransitionTime!.Value));
        Assert.Equal(Now, updated.Status.LastScheduledTime);
        Assert.Equal(4, updated.Status.SchedulerObservedGeneration);
        Assert.Equal(RescheduleReason.None, RescheduleTriggers.Evaluate(updated, [Cluster("m1"), Cluster("m2")]).Reason);
    }

    [Fact]
    public void A_fit_error_clears_the_clusters_and_records_NoClusterFit()
    {
        var binding = Binding(Spec(Duplicated(Names("m9")), replicas: 1, clusters: Targets(("m1", 1))), new ResourceBindingStatus { LastScheduledTime = Now.AddHours(-1) });

        var updated = new KarmadaScheduler().Schedule(binding, [Cluster("m1")]).ApplyTo(binding, Now);

        Assert.Null(updated.Spec.Clusters);
        Assert.True(updated.Metadata.Annotations!.ContainsKey(KarmadaAnnotations.AppliedPlacement));
        var condition = Assert.Single(updated.Status!.Conditions!);
        Assert.Equal(("False", "NoClusterFit"), (condition.Status, condition.Reason));
        Assert.Equal(Now.AddHours(-1), updated.Status.LastScheduledTime);
    }

    [Fact]
    public void Other_errors_keep_the_clusters_and_record_the_reason()
    {
        var binding = Binding(Spec(Aggregated(), replicas: 50, clusters: Targets(("m1", 1))));

        var updated = new KarmadaScheduler().Schedule(binding, [Cluster("m1", cpu: 2)]).ApplyTo(binding, Now);

        Assert.Equal("m1:1", Show(updated.Spec.Clusters!));
        Assert.Null(updated.Metadata.Annotations);
        Assert.Equal("Unschedulable", updated.Status!.Conditions!.Single().Reason);
        Assert.Null(updated.Status.LastScheduledTime);
    }

    [Fact]
    public void Cluster_resource_bindings_are_scheduled_alike()
    {
        var binding = new ClusterResourceBinding { Metadata = new ObjectMeta { Name = "crd" }, Spec = Spec(Duplicated(), replicas: 0, cpuPerReplica: null) };

        var updated = new KarmadaScheduler().Schedule(binding, [Cluster("m1")]).ApplyTo(binding, Now);

        Assert.Equal("m1", Assert.Single(updated.Spec.Clusters!).Name);
    }

    [Fact]
    public void The_observed_affinity_name_is_recorded()
    {
        var placement = new Placement { ClusterAffinities = [new ClusterAffinityTerm { AffinityName = "x", ClusterNames = ["m9"] }, new ClusterAffinityTerm { AffinityName = "y" }] };
        var binding = Binding(Spec(placement, replicas: 1));

        var updated = new KarmadaScheduler().Schedule(binding, [Cluster("m1")]).ApplyTo(binding, Now);

        Assert.Equal("y", updated.Status!.SchedulerObservedAffinityName);
    }
}
