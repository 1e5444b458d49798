namespace Karmada.Orleans.Scheduling;

/// <summary>
/// One scheduling attempt (Karmada's genericScheduler): filter, score, estimate, select by spread
/// constraints, assign replicas. Clusters being deleted are skipped but still counted in the FitError.
/// </summary>
public sealed class GenericScheduler
{
    private readonly SchedulerOptions _options;

    public GenericScheduler(SchedulerOptions options)
    {
        _options = options;
    }

    /// <param name="spec">The binding spec with a defaulted placement.</param>
    /// <param name="status">The status; with clusterAffinities, SchedulerObservedAffinityName names the term to try.</param>
    public SchedulingError? Schedule(ResourceBindingSpec spec, ResourceBindingStatus status, IReadOnlyList<Cluster> clusters, out List<TargetCluster> result)
    {
        result = [];
        var context = new SchedulingContext(spec, status);
        var feasible = FindClustersThatFit(context, clusters, out var diagnosis);
        if (feasible.Count == 0)
        {
            return new SchedulingError(SchedulingErrorKind.FitError, diagnosis.FitErrorMessage(clusters.Count));
        }

        var details = Prioritize(context, feasible);
        var error = ClusterSelector.Select(details, spec, out var selected);
        if (error is not null)
        {
            return error.Wrap("failed to select clusters");
        }

        error = ReplicaAssigner.Assign(selected, spec, status, context.ActiveAffinityTerm, out result);
        if (error is not null)
        {
            return error.Wrap("failed to assign replicas");
        }

        if (_options.EnableEmptyWorkloadPropagation)
        {
            var names = result.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            result.AddRange(selected.Where(c => !names.Contains(c.Name)).Select(c => new TargetCluster { Name = c.Name }));
        }

        return null;
    }

    private List<Cluster> FindClustersThatFit(SchedulingContext context, IReadOnlyList<Cluster> clusters, out Diagnosis diagnosis)
    {
        diagnosis = new Diagnosis();
        var feasible = new List<Cluster>(clusters.Count);
        var filters = _options.Registry.FilterPlugins;
        foreach (var cluster in clusters)
        {
            if (cluster.Metadata.DeletionTimestamp is not null)
            {
                continue;
            }

            var fits = true;
            foreach (var filter in filters)
            {
                var verdict = filter.Filter(context, cluster);
                if (!verdict.IsSuccess)
                {
                    diagnosis.Record(cluster.Metadata.Name ?? "", verdict.Reason ?? filter.Name);
                    fits = false;
                    break;
                }
            }

            if (fits)
            {
                feasible.Add(cluster);
            }
        }

        return feasible;
    }

    private List<ClusterDetail> Prioritize(SchedulingContext context, List<Cluster> feasible)
    {
        var allocatable = AvailableReplicas.Estimate(feasible, context.Spec, _options.Estimators);
        var assigned = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var target in context.Spec.Clusters ?? [])
        {
            assigned[target.Name] = assigned.GetValueOrDefault(target.Name) + target.Replicas;
        }

        var scorers = _options.Registry.ScorePlugins;
        var details = new List<ClusterDetail>(feasible.Count);
        for (var i = 0; i < feasible.Count; i++)
        {
            var cluster = feasible[i];
            var name = cluster.Metadata.Name ?? "";
            long score = 0;
            foreach (var scorer in scorers)
            {
                score += scorer.Score(context, cluster);
            }

            details.Add(new ClusterDetail
            {
                Cluster = cluster,
                Name = name,
                Score = score,
                Tier = context.ActiveAffinityTerm is { } term ? Math.Max(0, ClusterAffinityPlugin.OverflowTier(term, cluster)) : 0,
                Allocatable = allocatable[i],
                AvailableReplicas = allocatable[i] + assigned.GetValueOrDefault(name),
            });
        }

        details.Sort(ClusterDetail.CompareForSelection);
        return details;
    }
}
