namespace Karmada.Orleans.Scheduling.Tests;

/// <summary>Small builders for clusters and bindings; capacity is expressed in whole CPUs.</summary>
internal static class Fixtures
{
    /// <summary>A resource UID whose FNV-1a-32 hash is even (ties go to names ascending).</summary>
    public const string EvenUid = "uid-even-1";

    /// <summary>A resource UID whose FNV-1a-32 hash is odd (ties go to names descending).</summary>
    public const string OddUid = "uid-odd-1";

    public static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static Cluster Cluster(
        string name,
        int cpu = 100,
        Dictionary<string, string>? labels = null,
        string? provider = null,
        string? region = null,
        string[]? zones = null,
        Taint[]? taints = null,
        bool deployments = true,
        bool deleting = false,
        int pods = 1000)
        => new()
        {
            Metadata = new ObjectMeta { Name = name, Labels = labels, DeletionTimestamp = deleting ? Now : null },
            Spec = new ClusterSpec { Provider = provider, Region = region, Zones = zones, Taints = taints },
            Status = new ClusterStatus
            {
                APIEnablements = deployments
                    ? [new APIEnablement { GroupVersion = "apps/v1", Resources = [new APIResource { Name = "deployments", Kind = "Deployment" }] }]
                    : [],
                ResourceSummary = new ResourceSummary
                {
                    Allocatable = new Dictionary<string, Quantity> { ["cpu"] = new(cpu), ["pods"] = new(pods) },
                },
            },
        };

    public static ResourceBindingSpec Spec(
        Placement placement,
        int replicas = 0,
        int? cpuPerReplica = 1,
        TargetCluster[]? clusters = null,
        string uid = EvenUid,
        DateTimeOffset? rescheduleTriggeredAt = null,
        GracefulEvictionTask[]? evictions = null)
        => new()
        {
            Resource = new ObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Namespace = "default", Name = "nginx", Uid = uid },
            Replicas = replicas,
            ReplicaRequirements = cpuPerReplica is { } cpu
                ? new ReplicaRequirements { ResourceRequest = new Dictionary<string, Quantity> { ["cpu"] = new(cpu) } }
                : null,
            Placement = placement,
            Clusters = clusters,
            RescheduleTriggeredAt = rescheduleTriggeredAt,
            GracefulEvictionTasks = evictions,
        };

    public static Placement Duplicated(ClusterAffinity? affinity = null)
        => new() { ClusterAffinity = affinity, ReplicaScheduling = new ReplicaSchedulingStrategy { ReplicaSchedulingType = ReplicaSchedulingType.Duplicated } };

    public static Placement StaticWeights(params (string Cluster, long Weight)[] weights)
        => new()
        {
            ReplicaScheduling = new ReplicaSchedulingStrategy
            {
                ReplicaSchedulingType = ReplicaSchedulingType.Divided,
                ReplicaDivisionPreference = ReplicaDivisionPreference.Weighted,
                WeightPreference = new ClusterPreferences
                {
                    StaticWeightList = weights.Select(w => new StaticClusterWeight { TargetCluster = new ClusterAffinity { ClusterNames = [w.Cluster] }, Weight = w.Weight }).ToList(),
                },
            },
        };

    public static Placement DynamicWeight()
        => new()
        {
            ReplicaScheduling = new ReplicaSchedulingStrategy
            {
                ReplicaSchedulingType = ReplicaSchedulingType.Divided,
                ReplicaDivisionPreference = ReplicaDivisionPreference.Weighted,
                WeightPreference = new ClusterPreferences { DynamicWeight = DynamicWeightFactor.AvailableReplicas },
            },
        };

    public static Placement Aggregated()
        => new()
        {
            ReplicaScheduling = new ReplicaSchedulingStrategy
            {
                ReplicaSchedulingType = ReplicaSchedulingType.Divided,
                ReplicaDivisionPreference = ReplicaDivisionPreference.Aggregated,
            },
        };

    public static ClusterAffinity Names(params string[] names) => new() { ClusterNames = names };

    public static TargetCluster[] Targets(params (string Name, int Replicas)[] targets)
        => targets.Select(t => new TargetCluster { Name = t.Name, Replicas = t.Replicas }).ToArray();

    public static ScheduleOutcome Schedule(ResourceBindingSpec spec, ResourceBindingStatus? status, params Cluster[] clusters)
        => new KarmadaScheduler().Schedule(spec, status, clusters);

    public static ScheduleOutcome Schedule(ResourceBindingSpec spec, params Cluster[] clusters)
        => Schedule(spec, null, clusters);

    /// <summary>"a:1,b:2" for compact assertions.</summary>
    public static string Show(ScheduleOutcome outcome)
        => outcome.Error is { } e ? "error: " + e.Message : Show(outcome.Clusters ?? []);

    public static string Show(IEnumerable<TargetCluster> clusters)
        => string.Join(",", clusters.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => $"{c.Name}:{c.Replicas}"));

    public static SchedulingContext Context(ResourceBindingSpec spec, ResourceBindingStatus? status = null)
        => new(spec with { Placement = PlacementDefaults.Apply(spec.Placement ?? new Placement()) }, status ?? new ResourceBindingStatus());
}
