namespace Karmada.Orleans.Policies;

/// <summary>
/// ReviseReplica: the per-cluster replica count written into a member's manifest (spec.replicas of
/// Deployments, StatefulSets and ReplicaSets; spec.parallelism of Jobs), and a Job's share of
/// spec.completions when a Divided placement splits it.
/// </summary>
internal static class ReplicaRevision
{
    public static bool Handles(NativeKind kind)
        => kind is NativeKind.Deployment or NativeKind.StatefulSet or NativeKind.ReplicaSet or NativeKind.Job;

    public static JsonObject Revise(JsonObject manifest, long replicas)
    {
        var revised = (JsonObject)manifest.DeepClone();
        var field = NativeKinds.Of(manifest) switch
        {
            NativeKind.Deployment or NativeKind.StatefulSet or NativeKind.ReplicaSet => "replicas",
            NativeKind.Job => "parallelism",
            _ => null,
        };
        if (field is not null)
        {
            JsonWrite.Ensure(revised, "spec")[field] = replicas;
        }

        return revised;
    }

    /// <summary>
    /// Sets a Job's spec.completions, only when the template sets it: a work-queue Job leaves it unset
    /// and must stay so.
    /// </summary>
    public static JsonObject ReviseCompletions(JsonObject manifest, long completions)
    {
        var revised = (JsonObject)manifest.DeepClone();
        if (NativeKinds.Of(manifest) == NativeKind.Job && JsonRead.Integer(manifest, "spec", "completions") is not null)
        {
            JsonWrite.Ensure(revised, "spec")["completions"] = completions;
        }

        return revised;
    }

    /// <summary>
    /// Whether the binding controller divides a Job's completions among its clusters (weighted by each
    /// cluster's parallelism): a Job with spec.completions, replicas to divide, and a Divided placement.
    /// </summary>
    public static bool ShouldDivideCompletions(JsonObject template, int bindingReplicas, Placement? placement)
        => NativeKinds.Of(template) == NativeKind.Job
            && JsonRead.Integer(template, "spec", "completions") is not null
            && bindingReplicas > 0
            && placement is not null
            && PlacementDefaults.ReplicaSchedulingTypeOf(placement) == ReplicaSchedulingType.Divided;
}
