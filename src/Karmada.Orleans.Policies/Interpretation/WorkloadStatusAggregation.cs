namespace Karmada.Orleans.Policies;

/// <summary>
/// AggregateStatus of replicated workloads (Deployment, StatefulSet, DaemonSet, ReplicaSet): the
/// counters are summed over the members, and status.observedGeneration becomes the template's
/// metadata.generation only when every member reported a status in which its controller observed
/// its own latest generation (observedGeneration ≥ generation) and which was rendered from the
/// latest template (resourceTemplateGeneration ≥ template generation); otherwise the previous
/// observedGeneration stays, so GitOps tools (Argo CD) keep waiting for the rollout. Other status
/// fields of the template (conditions) are left as they are.
/// </summary>
internal static class WorkloadStatusAggregation
{
    public static readonly string[] DeploymentCounters = ["replicas", "readyReplicas", "updatedReplicas", "availableReplicas", "unavailableReplicas"];
    public static readonly string[] StatefulSetCounters = ["replicas", "readyReplicas", "currentReplicas", "updatedReplicas", "availableReplicas"];
    public static readonly string[] ReplicaSetCounters = ["replicas", "fullyLabeledReplicas", "readyReplicas", "availableReplicas"];
    public static readonly string[] DaemonSetCounters =
        ["currentNumberScheduled", "desiredNumberScheduled", "numberAvailable", "numberMisscheduled", "numberReady", "updatedNumberScheduled", "numberUnavailable"];

    public static JsonObject Aggregate(JsonObject template, IReadOnlyList<MemberStatus> members, string[] counters)
    {
        var status = StatusFields.CurrentStatus(template);
        var reported = members.Where(m => m.Status is not null).ToList();
        foreach (var counter in counters)
        {
            StatusFields.SetCounter(status, counter, MemberStatus.Sum(reported, counter));
        }

        var generation = JsonRead.IntegerOrZero(template, "metadata", "generation");
        var caughtUp = members.All(m => m.Status is { } s
            && JsonRead.IntegerOrZero(s, "observedGeneration") >= JsonRead.IntegerOrZero(s, "generation")
            && JsonRead.IntegerOrZero(s, "resourceTemplateGeneration") >= generation);
        var observed = caughtUp ? generation : JsonRead.IntegerOrZero(template, "status", "observedGeneration");
        StatusFields.SetCounter(status, "observedGeneration", observed);
        return status;
    }
}
