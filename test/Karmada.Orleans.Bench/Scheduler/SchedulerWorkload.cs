using Karmada.Orleans.Apis;

namespace Karmada.Orleans.Bench.Scheduler;

/// <summary>A deterministic fleet of member clusters and bindings to schedule against it.</summary>
internal static class SchedulerWorkload
{
    public static readonly string[] Strategies = ["Duplicated", "StaticWeight", "DynamicWeight", "Aggregated"];

    /// <summary>Clusters in 10 regions and 3 providers; 90% labelled env=prod, 5% tainted, varied capacity.</summary>
    public static List<Cluster> Clusters(int count)
    {
        var random = new Random(42);
        var clusters = new List<Cluster>(count);
        for (var i = 0; i < count; i++)
        {
            var region = $"region-{i % 10}";
            var cpu = 32 * random.Next(1, 9);
            clusters.Add(new Cluster
            {
                Metadata = new ObjectMeta
                {
                    Name = $"member-{i:D4}",
                    Labels = new Dictionary<string, string>
                    {
                        ["env"] = i % 10 == 9 ? "dev" : "prod",
                        ["team"] = $"team-{i % 4}",
                    },
                },
                Spec = new ClusterSpec
                {
                    Provider = $"provider-{i % 3}",
                    Region = region,
                    Zones = [$"{region}-a", $"{region}-b"],
                    Taints = i % 20 == 7 ? [new Taint { Key = KarmadaTaints.NotReady, Effect = TaintEffect.NoSchedule }] : null,
                },
                Status = new ClusterStatus
                {
                    KubernetesVersion = "v1.29.2",
                    APIEnablements =
                    [
                        new APIEnablement { GroupVersion = "v1", Resources = [new APIResource { Name = "configmaps", Kind = "ConfigMap" }, new APIResource { Name = "services", Kind = "Service" }] },
                        new APIEnablement { GroupVersion = "apps/v1", Resources = [new APIResource { Name = "deployments", Kind = "Deployment" }, new APIResource { Name = "statefulsets", Kind = "StatefulSet" }] },
                    ],
                    ResourceSummary = new ResourceSummary
                    {
                        Allocatable = new Dictionary<string, Quantity> { ["cpu"] = new(cpu), ["memory"] = Quantity.Parse($"{cpu * 4}Gi"), ["pods"] = new(110 * (cpu / 32)) },
                        Allocated = new Dictionary<string, Quantity> { ["cpu"] = Quantity.FromMilli(random.Next(0, cpu * 500)), ["memory"] = Quantity.Parse($"{random.Next(0, cpu)}Gi"), ["pods"] = new(random.Next(0, 50)) },
                    },
                },
            });
        }

        return clusters;
    }

    /// <summary>First-schedule bindings of one strategy, each with its own UID and replica count.</summary>
    public static List<ResourceBinding> Bindings(string strategy, bool spread, int count)
    {
        var placement = new Placement
        {
            ClusterAffinity = new ClusterAffinity { LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["env"] = "prod" } } },
            ClusterTolerations = [new Toleration { Key = KarmadaTaints.Unreachable, Operator = TolerationOperator.Exists, Effect = TaintEffect.NoExecute }],
            ReplicaScheduling = strategy switch
            {
                "Duplicated" => new ReplicaSchedulingStrategy { ReplicaSchedulingType = ReplicaSchedulingType.Duplicated },
                "StaticWeight" => new ReplicaSchedulingStrategy
                {
                    ReplicaSchedulingType = ReplicaSchedulingType.Divided,
                    ReplicaDivisionPreference = ReplicaDivisionPreference.Weighted,
                    WeightPreference = new ClusterPreferences
                    {
                        StaticWeightList =
                        [
                            new StaticClusterWeight { TargetCluster = new ClusterAffinity { FieldSelector = new FieldSelector { MatchExpressions = [new NodeSelectorRequirement { Key = "region", Operator = "In", Values = ["region-0", "region-1"] }] } }, Weight = 2 },
                            new StaticClusterWeight { TargetCluster = new ClusterAffinity { LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["team"] = "team-1" } } }, Weight = 1 },
                        ],
                    },
                },
                "DynamicWeight" => new ReplicaSchedulingStrategy
                {
                    ReplicaSchedulingType = ReplicaSchedulingType.Divided,
                    ReplicaDivisionPreference = ReplicaDivisionPreference.Weighted,
                    WeightPreference = new ClusterPreferences { DynamicWeight = DynamicWeightFactor.AvailableReplicas },
                },
                _ => new ReplicaSchedulingStrategy { ReplicaSchedulingType = ReplicaSchedulingType.Divided, ReplicaDivisionPreference = ReplicaDivisionPreference.Aggregated },
            },
            SpreadConstraints = spread
                ?
                [
                    new SpreadConstraint { SpreadByField = SpreadByField.Region, MinGroups = 2, MaxGroups = 3 },
                    new SpreadConstraint { SpreadByField = SpreadByField.Cluster, MinGroups = 3, MaxGroups = 6 },
                ]
                : null,
        };

        var bindings = new List<ResourceBinding>(count);
        for (var i = 0; i < count; i++)
        {
            bindings.Add(new ResourceBinding
            {
                Metadata = new ObjectMeta { Name = $"app-{i}-deployment", Namespace = "default", Generation = 1 },
                Spec = new ResourceBindingSpec
                {
                    Resource = new ObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Namespace = "default", Name = $"app-{i}", Uid = $"7f3c{i:D8}-0000-4000-8000-000000000000" },
                    Replicas = 10 + (i % 20),
                    ReplicaRequirements = new ReplicaRequirements
                    {
                        ResourceRequest = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("500m"), ["memory"] = Quantity.Parse("1Gi") },
                    },
                    Placement = placement,
                },
            });
        }

        return bindings;
    }
}
