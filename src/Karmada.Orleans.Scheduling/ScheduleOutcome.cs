namespace Karmada.Orleans.Scheduling;

/// <summary>
/// The result of scheduling a binding, and how Karmada writes it back: on success the new
/// spec.clusters, the applied-placement annotation, lastScheduledTime and Scheduled=True; on a
/// FitError spec.clusters is cleared as well; on other errors spec.clusters is left alone.
/// </summary>
public sealed record ScheduleOutcome
{
    /// <summary>The new spec.clusters, sorted by name; null when the previous result must stay.</summary>
    public IReadOnlyList<TargetCluster>? Clusters { get; init; }

    public SchedulingError? Error { get; init; }

    public bool Succeeded => Error is null;

    /// <summary>With clusterAffinities: the term that was used (or the previous one after a failure).</summary>
    public string? ObservedAffinityName { get; init; }

    /// <summary>The placement scheduled with, recorded in the applied-placement annotation.</summary>
    public Placement? Placement { get; init; }

    /// <summary>The Scheduled condition Karmada sets for this outcome (transition time filled in on apply).</summary>
    public Condition ScheduledCondition => Error is null
        ? new Condition { Type = BindingConditions.Scheduled, Status = ConditionStatus.True, Reason = BindingConditions.ReasonSuccess, Message = BindingConditions.ScheduledSuccessMessage }
        : new Condition { Type = BindingConditions.Scheduled, Status = ConditionStatus.False, Reason = Error.ConditionReason, Message = Error.Message };

    public ResourceBinding ApplyTo(ResourceBinding binding, DateTimeOffset now)
    {
        var (metadata, spec, status) = Apply(binding.Metadata, binding.Spec, binding.Status, now);
        return binding with { Metadata = metadata, Spec = spec, Status = status };
    }

    public ClusterResourceBinding ApplyTo(ClusterResourceBinding binding, DateTimeOffset now)
    {
        var (metadata, spec, status) = Apply(binding.Metadata, binding.Spec, binding.Status, now);
        return binding with { Metadata = metadata, Spec = spec, Status = status };
    }

    private (ObjectMeta, ResourceBindingSpec, ResourceBindingStatus) Apply(ObjectMeta metadata, ResourceBindingSpec spec, ResourceBindingStatus? status, DateTimeOffset now)
    {
        status ??= new ResourceBindingStatus();
        if (Clusters is not null)
        {
            var annotations = new Dictionary<string, string>(metadata.Annotations ?? new Dictionary<string, string>(), StringComparer.Ordinal)
            {
                [KarmadaAnnotations.AppliedPlacement] = KarmadaJson.Serialize(Placement ?? spec.Placement),
            };
            metadata = metadata with { Annotations = annotations };
            spec = spec with { Clusters = Clusters.Count == 0 ? null : Clusters };
        }

        status = status with
        {
            Conditions = Conditions.Set(status.Conditions, ScheduledCondition, now),
            SchedulerObservedAffinityName = ObservedAffinityName ?? status.SchedulerObservedAffinityName,
        };
        if (Succeeded)
        {
            status = status with { SchedulerObservedGeneration = metadata.Generation, LastScheduledTime = now };
        }

        return (metadata, spec, status);
    }
}
