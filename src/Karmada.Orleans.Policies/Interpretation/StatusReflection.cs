namespace Karmada.Orleans.Policies;

/// <summary>
/// InterpretStatus (ReflectStatus): the part of a member object's status recorded in
/// Work.status.manifestStatuses and, from there, in the binding's aggregatedStatus. Workloads
/// reflect the counters the aggregation sums; Deployments, StatefulSets, ReplicaSets and DaemonSets also carry
/// the member object's generation and the template generation it was rendered from (the
/// resourcetemplate.karmada.io/generation annotation), so the aggregation can tell when every member
/// has caught up. Services reflect their load balancer only when of type LoadBalancer; other kinds
/// reflect their whole status. Null when there is nothing to reflect.
/// </summary>
internal static class StatusReflection
{
    private static readonly string[] DeploymentFields = ["replicas", "updatedReplicas", "readyReplicas", "availableReplicas", "unavailableReplicas", "observedGeneration"];
    private static readonly string[] StatefulSetFields = ["replicas", "readyReplicas", "currentReplicas", "updatedReplicas", "availableReplicas", "observedGeneration"];
    private static readonly string[] ReplicaSetFields = ["replicas", "fullyLabeledReplicas", "readyReplicas", "availableReplicas", "observedGeneration"];
    private static readonly string[] DaemonSetFields = ["currentNumberScheduled", "desiredNumberScheduled", "numberAvailable", "numberMisscheduled", "numberReady", "updatedNumberScheduled", "numberUnavailable", "observedGeneration"];
    private static readonly string[] JobFields = ["active", "succeeded", "failed", "conditions", "startTime", "completionTime"];
    private static readonly string[] PodDisruptionBudgetFields = ["disruptionsAllowed", "expectedPods", "desiredHealthy", "currentHealthy", "disruptedPods"];
    private static readonly string[] HorizontalPodAutoscalerFields = ["currentReplicas", "desiredReplicas"];

    public static JsonObject? Reflect(JsonObject obj)
    {
        if (JsonRead.Object(obj, "status") is not { } status)
        {
            return null;
        }

        return NativeKinds.Of(obj) switch
        {
            NativeKind.Deployment => WithGenerations(obj, Pick(status, DeploymentFields)),
            NativeKind.StatefulSet => WithGenerations(obj, Pick(status, StatefulSetFields)),
            NativeKind.ReplicaSet => WithGenerations(obj, Pick(status, ReplicaSetFields)),
            NativeKind.DaemonSet => WithGenerations(obj, Pick(status, DaemonSetFields)),
            NativeKind.Job => Pick(status, JobFields),
            NativeKind.PodDisruptionBudget => Pick(status, PodDisruptionBudgetFields),
            NativeKind.HorizontalPodAutoscaler => Pick(status, HorizontalPodAutoscalerFields),
            NativeKind.Service => JsonRead.String(obj, "spec", "type") == "LoadBalancer" ? Pick(status, ["loadBalancer"]) : null,
            _ => (JsonObject)status.DeepClone(),
        };
    }

    private static JsonObject Pick(JsonObject status, string[] fields)
    {
        var picked = new JsonObject();
        foreach (var field in fields)
        {
            if (status[field] is { } value)
            {
                picked[field] = value.DeepClone();
            }
        }

        return picked;
    }

    private static JsonObject? WithGenerations(JsonObject obj, JsonObject status)
    {
        if (JsonRead.Integer(obj, "metadata", "generation") is { } generation and not 0)
        {
            status["generation"] = generation;
        }

        var annotation = JsonRead.StringMap(obj, "metadata", "annotations").GetValueOrDefault(ManagedMetadata.ResourceTemplateGeneration);
        if (!string.IsNullOrEmpty(annotation))
        {
            status["resourceTemplateGeneration"] = long.TryParse(annotation, System.Globalization.CultureInfo.InvariantCulture, out var templateGeneration)
                ? templateGeneration
                : throw new InterpretationException($"invalid {ManagedMetadata.ResourceTemplateGeneration} annotation \"{annotation}\"");
        }

        // An empty status means the member has not reported yet.
        return status.Count == 0 ? null : status;
    }
}
