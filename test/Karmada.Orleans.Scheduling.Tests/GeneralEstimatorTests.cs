namespace Karmada.Orleans.Scheduling.Tests;

public sealed class GeneralEstimatorTests
{
    private static Cluster WithSummary(ResourceSummary? summary, IReadOnlyList<ResourceModel>? models = null)
        => new() { Metadata = new ObjectMeta { Name = "c" }, Spec = new ClusterSpec { ResourceModels = models }, Status = new ClusterStatus { ResourceSummary = summary } };

    private static Dictionary<string, Quantity> List(params (string Name, string Value)[] items)
        => items.ToDictionary(i => i.Name, i => Quantity.Parse(i.Value));

    private static ReplicaRequirements Requests(params (string Name, string Value)[] items)
        => new() { ResourceRequest = List(items) };

    public static TheoryData<string, ResourceSummary?, ReplicaRequirements?, int> Cases => new()
    {
        { "no summary", null, null, 0 },
        { "free pods without requirements", new ResourceSummary { Allocatable = List(("pods", "110")), Allocated = List(("pods", "10")), Allocating = List(("pods", "5")) }, null, 95 },
        { "no free pods", new ResourceSummary { Allocatable = List(("pods", "10")), Allocated = List(("pods", "12")) }, null, 0 },
        { "cpu in millicores", new ResourceSummary { Allocatable = List(("pods", "110"), ("cpu", "4")), Allocated = List(("cpu", "1500m")) }, Requests(("cpu", "500m")), 5 },
        { "memory bound", new ResourceSummary { Allocatable = List(("pods", "110"), ("cpu", "64"), ("memory", "8Gi")), Allocating = List(("memory", "1Gi")) }, Requests(("cpu", "100m"), ("memory", "1Gi")), 7 },
        { "pods bound", new ResourceSummary { Allocatable = List(("pods", "3"), ("cpu", "64")) }, Requests(("cpu", "1")), 3 },
        { "resource not reported", new ResourceSummary { Allocatable = List(("pods", "110"), ("cpu", "8")) }, Requests(("nvidia.com/gpu", "1")), 0 },
        { "resource exhausted", new ResourceSummary { Allocatable = List(("pods", "110"), ("cpu", "2")), Allocated = List(("cpu", "2")) }, Requests(("cpu", "1")), 0 },
        { "zero requests are ignored", new ResourceSummary { Allocatable = List(("pods", "7")) }, Requests(("cpu", "0")), 7 },
        { "fractional free cpu still counts in millicores", new ResourceSummary { Allocatable = List(("pods", "110"), ("cpu", "1")), Allocated = List(("cpu", "600m")) }, Requests(("cpu", "100m")), 4 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Estimates_from_the_resource_summary(string name, ResourceSummary? summary, ReplicaRequirements? requirements, int expected)
    {
        Assert.True(expected == new GeneralEstimator().MaxAvailableReplicas(WithSummary(summary), requirements), name);
    }

    [Fact]
    public void Resource_models_bound_replicas_by_node_grades()
    {
        ResourceModel[] models =
        [
            new() { Grade = 0, Ranges = [new() { Name = "cpu", Min = Quantity.Parse("0"), Max = Quantity.Parse("2") }] },
            new() { Grade = 1, Ranges = [new() { Name = "cpu", Min = Quantity.Parse("2"), Max = Quantity.Parse("4") }] },
            new() { Grade = 2, Ranges = [new() { Name = "cpu", Min = Quantity.Parse("4"), Max = Quantity.Parse("8") }] },
        ];
        var summary = new ResourceSummary
        {
            Allocatable = List(("pods", "1000"), ("cpu", "1000")),
            AllocatableModelings = [new() { Grade = 0, Count = 10 }, new() { Grade = 1, Count = 3 }, new() { Grade = 2, Count = 2 }],
        };
        var cluster = WithSummary(summary, models);

        // 1.5 CPU fits from grade 1 (min 2 ≥ 1.5): 3 nodes × ⌊2/1.5⌋=1 + 2 nodes × ⌊4/1.5⌋=2.
        Assert.Equal(7, new GeneralEstimator().MaxAvailableReplicas(cluster, Requests(("cpu", "1500m"))));
        Assert.Equal(0, new GeneralEstimator().MaxAvailableReplicas(cluster, Requests(("cpu", "16"))));
        Assert.Equal(1000, new GeneralEstimator(enableResourceModeling: false).MaxAvailableReplicas(cluster, Requests(("cpu", "1"))));
        // A resource the models do not describe falls back to the summary.
        Assert.Equal(0, new GeneralEstimator().MaxAvailableReplicas(cluster, Requests(("memory", "1Gi"))));
    }

    [Fact]
    public void Clusters_nobody_can_judge_get_spec_replicas_and_non_workloads_are_not_estimated()
    {
        var clusters = new[] { WithSummary(null) };
        var spec = new ResourceBindingSpec { Replicas = 5 };

        Assert.Equal([5], AvailableReplicas.Estimate(clusters, spec, [new NoAnswer()]));
        Assert.Equal([0], AvailableReplicas.Estimate(clusters, spec, [new GeneralEstimator()]));
        Assert.Equal([0], AvailableReplicas.Estimate(clusters, new ResourceBindingSpec(), [new NoAnswer()]));
    }

    private sealed class NoAnswer : IReplicaEstimator
    {
        public int? MaxAvailableReplicas(Cluster cluster, ReplicaRequirements? requirements) => null;
    }
}
