namespace Karmada.Orleans.Scheduling;

/// <summary>
/// Karmada's general estimator over status.resourceSummary: free pods (allocatable − allocated −
/// allocating, at least 0) bounded by, for each requested resource, ⌊free / request⌋ (CPU in
/// millicores; a resource the cluster does not report allows nothing). With resource models
/// (CustomizedClusterResourceModeling, on by default) and reported modelings, the grade-based node
/// bound replaces the summary bound.
/// </summary>
public sealed class GeneralEstimator : IReplicaEstimator
{
    public const string Cpu = "cpu";
    public const string Pods = "pods";

    public GeneralEstimator(bool enableResourceModeling = true)
    {
        EnableResourceModeling = enableResourceModeling;
    }

    public bool EnableResourceModeling { get; }

    public int? MaxAvailableReplicas(Cluster cluster, ReplicaRequirements? requirements)
    {
        var summary = cluster.Status?.ResourceSummary;
        if (summary is null)
        {
            return 0;
        }

        var maximum = AllowedPods(summary);
        if (maximum <= 0)
        {
            return 0;
        }

        if (requirements is null)
        {
            return Clamp(maximum);
        }

        if (EnableResourceModeling && summary.AllocatableModelings is { Count: > 0 }
            && TryModelBound(cluster, requirements, out var modelBound))
        {
            return Clamp(Math.Min(maximum, modelBound));
        }

        return Clamp(Math.Min(maximum, SummaryBound(summary, requirements)));
    }

    private static long AllowedPods(ResourceSummary summary)
    {
        var allowed = Get(summary.Allocatable, Pods).IntegerValue - Get(summary.Allocated, Pods).IntegerValue - Get(summary.Allocating, Pods).IntegerValue;
        return allowed <= 0 ? 0 : allowed;
    }

    private static long SummaryBound(ResourceSummary summary, ReplicaRequirements requirements)
    {
        var maximum = long.MaxValue;
        foreach (var (name, request) in requirements.ResourceRequest ?? new Dictionary<string, Quantity>())
        {
            var requested = request.IntegerValue;
            if (requested <= 0)
            {
                continue;
            }

            if (summary.Allocatable is null || !summary.Allocatable.TryGetValue(name, out var allocatable))
            {
                return 0;
            }

            var free = allocatable - Get(summary.Allocated, name) - Get(summary.Allocating, name);
            var available = free.IntegerValue;
            if (available <= 0)
            {
                return 0;
            }

            if (name == Cpu)
            {
                requested = request.MilliValue;
                available = free.MilliValue;
            }

            maximum = Math.Min(maximum, available / requested);
        }

        return maximum;
    }

    // Nodes of the smallest grade able to host one replica and every larger grade, each hosting as
    // many replicas as the grade's minimum allows (at least one).
    private static bool TryModelBound(Cluster cluster, ReplicaRequirements requirements, out long bound)
    {
        bound = 0;
        var models = cluster.Spec.ResourceModels ?? [];
        var minimums = new Dictionary<string, List<Quantity>>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            foreach (var range in model.Ranges)
            {
                if (!minimums.TryGetValue(range.Name, out var list))
                {
                    minimums[range.Name] = list = [];
                }

                list.Add(range.Min);
            }
        }

        var requests = (requirements.ResourceRequest ?? new Dictionary<string, Quantity>()).Where(r => r.Value.IntegerValue > 0).ToList();
        var minCompliantIndex = 0;
        foreach (var (name, request) in requests)
        {
            if (!minimums.TryGetValue(name, out var grades))
            {
                return false;
            }

            var index = grades.FindIndex(min => min >= request);
            if (index < 0)
            {
                bound = 0;
                return true;
            }

            minCompliantIndex = Math.Max(minCompliantIndex, index);
        }

        var modelings = cluster.Status?.ResourceSummary?.AllocatableModelings ?? [];
        for (var i = minCompliantIndex; i < models.Count; i++)
        {
            var count = i < modelings.Count ? modelings[i].Count : 0;
            if (count == 0)
            {
                continue;
            }

            bound += count * PerNode(i, requests, minimums);
        }

        return true;
    }

    private static long PerNode(int index, List<KeyValuePair<string, Quantity>> requests, Dictionary<string, List<Quantity>> minimums)
    {
        var perNode = long.MaxValue;
        foreach (var (name, request) in requests)
        {
            var grades = minimums[name];
            var min = index < grades.Count ? grades[index] : Quantity.Zero;
            var fits = name == Cpu ? min.MilliValue / request.MilliValue : min.IntegerValue / request.IntegerValue;
            perNode = Math.Min(perNode, fits);
        }

        // The first suitable grade is assumed to host at least one replica.
        return perNode == 0 ? 1 : perNode;
    }

    private static Quantity Get(IReadOnlyDictionary<string, Quantity>? list, string name)
        => list is not null && list.TryGetValue(name, out var q) ? q : Quantity.Zero;

    private static int Clamp(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
