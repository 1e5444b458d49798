namespace Karmada.Orleans.Policies;

/// <summary>AggregateStatus dispatch: which kinds Karmada aggregates, and how.</summary>
internal static class StatusAggregation
{
    public static bool Handles(NativeKind kind)
        => kind is NativeKind.Deployment or NativeKind.StatefulSet or NativeKind.ReplicaSet or NativeKind.DaemonSet
            or NativeKind.Job or NativeKind.CronJob or NativeKind.Pod or NativeKind.Service or NativeKind.Ingress
            or NativeKind.PersistentVolumeClaim or NativeKind.PersistentVolume or NativeKind.PodDisruptionBudget;

    public static JsonObject? Aggregate(JsonObject template, IReadOnlyList<AggregatedStatusItem> items, DateTimeOffset now)
    {
        var kind = NativeKinds.Of(template);
        if (!Handles(kind))
        {
            return null;
        }

        var members = MemberStatus.From(items);
        return kind switch
        {
            NativeKind.Deployment => WorkloadStatusAggregation.Aggregate(template, members, WorkloadStatusAggregation.DeploymentCounters),
            NativeKind.StatefulSet => WorkloadStatusAggregation.Aggregate(template, members, WorkloadStatusAggregation.StatefulSetCounters),
            NativeKind.ReplicaSet => WorkloadStatusAggregation.Aggregate(template, members, WorkloadStatusAggregation.ReplicaSetCounters),
            NativeKind.DaemonSet => WorkloadStatusAggregation.Aggregate(template, members, WorkloadStatusAggregation.DaemonSetCounters),
            NativeKind.Job => JobStatusAggregation.Aggregate(template, members, now),
            NativeKind.CronJob => CronJobStatusAggregation.Aggregate(template, members),
            NativeKind.Pod => PhaseStatusAggregation.Pod(members),
            NativeKind.PersistentVolume => PhaseStatusAggregation.PersistentVolume(members),
            NativeKind.PersistentVolumeClaim => PhaseStatusAggregation.PersistentVolumeClaim(members),
            NativeKind.Service => JsonRead.String(template, "spec", "type") == "LoadBalancer" ? LoadBalancerStatusAggregation.Aggregate(members) : null,
            NativeKind.Ingress => LoadBalancerStatusAggregation.Aggregate(members),
            NativeKind.PodDisruptionBudget => PodDisruptionBudgetStatusAggregation.Aggregate(members),
            _ => null,
        };
    }
}
