namespace Karmada.Orleans.Scheduling;

/// <summary>
/// The scheduler entry point: schedules a (Cluster)ResourceBinding against the known clusters,
/// purely. With placement.clusterAffinities the terms are tried in order starting at the observed
/// one (the first on a fresh reschedule) and the first success wins; when all fail the first
/// term's error is reported.
/// </summary>
public sealed class KarmadaScheduler
{
    private readonly GenericScheduler _generic;

    public KarmadaScheduler(SchedulerOptions? options = null)
    {
        Options = options ?? new SchedulerOptions();
        _generic = new GenericScheduler(Options);
    }

    public SchedulerOptions Options { get; }

    public ScheduleOutcome Schedule(ResourceBinding binding, IReadOnlyList<Cluster> clusters)
        => Schedule(binding.Spec, binding.Status, clusters);

    public ScheduleOutcome Schedule(ClusterResourceBinding binding, IReadOnlyList<Cluster> clusters)
        => Schedule(binding.Spec, binding.Status, clusters);

    public ScheduleOutcome Schedule(ResourceBindingSpec spec, ResourceBindingStatus? status, IReadOnlyList<Cluster> clusters)
    {
        status ??= new ResourceBindingStatus();
        var applied = spec.Placement ?? new Placement();
        var defaulted = spec with { Placement = PlacementDefaults.Apply(applied) };
        var terms = defaulted.Placement!.ClusterAffinities;
        if (terms is not { Count: > 0 })
        {
            var error = _generic.Schedule(defaulted, status, clusters, out var result);
            return Outcome(error, result, applied, observedAffinityName: null);
        }

        var index = IndexOf(terms, status.SchedulerObservedAffinityName);
        if (RescheduleTriggers.RescheduleRequired(spec.RescheduleTriggeredAt, status.LastScheduledTime))
        {
            index = 0;
        }

        SchedulingError? firstError = null;
        for (; index < terms.Count; index++)
        {
            var attempt = status with { SchedulerObservedAffinityName = terms[index].AffinityName };
            var error = _generic.Schedule(defaulted, attempt, clusters, out var result);
            if (error is null)
            {
                return Outcome(null, result, applied, terms[index].AffinityName);
            }

            firstError ??= error;
        }

        return Outcome(firstError, [], applied, status.SchedulerObservedAffinityName);
    }

    private static ScheduleOutcome Outcome(SchedulingError? error, List<TargetCluster> result, Placement placement, string? observedAffinityName)
    {
        IReadOnlyList<TargetCluster>? clusters = error switch
        {
            null => result.OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            { Kind: SchedulingErrorKind.FitError } => [],
            _ => null,
        };
        return new ScheduleOutcome { Clusters = clusters, Error = error, ObservedAffinityName = observedAffinityName, Placement = placement };
    }

    private static int IndexOf(IReadOnlyList<ClusterAffinityTerm> terms, string? name)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].AffinityName == name)
            {
                return i;
            }
        }

        return 0;
    }
}
