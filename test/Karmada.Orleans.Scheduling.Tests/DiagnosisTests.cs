using static Karmada.Orleans.Scheduling.Tests.Fixtures;

namespace Karmada.Orleans.Scheduling.Tests;

public sealed class DiagnosisTests
{
    [Fact]
    public void FitError_counts_reasons_per_cluster_like_Karmada()
    {
        var taint = new Taint { Key = "dedicated", Value = "gpu", Effect = TaintEffect.NoSchedule };
        var spec = Spec(Duplicated(new ClusterAffinity { ClusterNames = ["m1", "m2"] }), replicas: 1);

        var outcome = Schedule(spec, Cluster("m1", taints: [taint]), Cluster("m2", taints: [taint]), Cluster("m3"), Cluster("m4"), Cluster("m5"));

        Assert.Equal(SchedulingErrorKind.FitError, outcome.Error!.Kind);
        Assert.Equal(
            "0/5 clusters are available: 2 cluster(s) had untolerated taint {dedicated=gpu:NoSchedule}, 3 cluster(s) did not match the placement cluster affinity constraint.",
            outcome.Error.Message);
        Assert.Equal("NoClusterFit", outcome.Error.ConditionReason);
        Assert.Empty(outcome.Clusters!);
    }

    [Fact]
    public void The_first_failing_filter_is_the_reason()
    {
        var spec = Spec(Duplicated(Names("other")), replicas: 1);

        var outcome = Schedule(spec, Cluster("m1", deployments: false, taints: [new Taint { Key = "k", Effect = "NoSchedule" }]));

        Assert.Equal("0/1 clusters are available: 1 cluster(s) did not have the API resource.", outcome.Error!.Message);
    }

    [Fact]
    public void No_clusters_means_no_cluster_exists()
    {
        Assert.Equal("0/0 clusters are available: no cluster exists.", Schedule(Spec(Duplicated(), replicas: 1)).Error!.Message);
    }

    [Fact]
    public void Deleting_clusters_are_skipped_but_counted()
    {
        var outcome = Schedule(Spec(Duplicated(Names("m1")), replicas: 1), Cluster("m1", deleting: true), Cluster("m2"));

        Assert.Equal("0/2 clusters are available: 1 cluster(s) did not match the placement cluster affinity constraint.", outcome.Error!.Message);
        Assert.Equal("0/1 clusters are available: no cluster exists.", Schedule(Spec(Duplicated(), replicas: 1), Cluster("m1", deleting: true)).Error!.Message);
    }

    [Fact]
    public void Histogram_entries_sort_as_strings()
    {
        var diagnosis = new Diagnosis();
        for (var i = 0; i < 10; i++)
        {
            diagnosis.Record($"a{i}", "reason b");
        }

        diagnosis.Record("z1", "reason a");
        diagnosis.Record("z2", "reason a");

        Assert.Equal("0/12 clusters are available: 10 reason b, 2 reason a.", diagnosis.FitErrorMessage(12));
    }
}
