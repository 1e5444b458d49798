using Karmada.Orleans.Apis;

namespace Karmada.Orleans.Policies;

/// <summary>
/// The defaults a PropagationPolicy gets at admission, as from Karmada's CRD defaults and webhook:
/// priority 0, preemption Never, conflictResolution Abort, schedulerName default-scheduler, placement
/// defaults (Weighted division, spread constraints), tolerations of the not-ready and unreachable
/// NoExecute taints for 300 seconds, and a failover grace period of 600 seconds when purging gracefully.
/// </summary>
public static class PropagationPolicyDefaults
{
    public const long DefaultTolerationSeconds = 300;

    public static PropagationSpec Apply(PropagationSpec spec)
    {
        var placement = PlacementDefaults.Apply(spec.Placement);
        var tolerations = (placement.ClusterTolerations ?? []).ToList();
        foreach (var key in new[] { KarmadaTaints.NotReady, KarmadaTaints.Unreachable })
        {
            if (!tolerations.Any(t => t.Key == key && (t.Effect is null or "" or TaintEffect.NoExecute)))
            {
                tolerations.Add(new Toleration { Key = key, Operator = TolerationOperator.Exists, Effect = TaintEffect.NoExecute, TolerationSeconds = DefaultTolerationSeconds });
            }
        }

        var failover = spec.Failover;
        if (failover?.Application is { PurgeMode: null or "" or "Gracefully", GracePeriodSeconds: null } application)
        {
            failover = failover with { Application = application with { PurgeMode = "Gracefully", GracePeriodSeconds = 600 } };
        }

        return spec with
        {
            Placement = placement with { ClusterTolerations = tolerations },
            Priority = spec.Priority ?? 0,
            Preemption = string.IsNullOrEmpty(spec.Preemption) ? "Never" : spec.Preemption,
            ConflictResolution = string.IsNullOrEmpty(spec.ConflictResolution) ? "Abort" : spec.ConflictResolution,
            SchedulerName = string.IsNullOrEmpty(spec.SchedulerName) ? "default-scheduler" : spec.SchedulerName,
            Failover = failover,
        };
    }
}
