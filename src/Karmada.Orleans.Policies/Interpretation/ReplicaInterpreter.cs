namespace Karmada.Orleans.Policies;

/// <summary>
/// InterpretReplica: how many replicas a template asks for and what each one needs. Deployments,
/// StatefulSets and ReplicaSets declare spec.replicas, a Job runs spec.parallelism pods at once
/// (spec.completions is not the replica count: it is divided separately when the Work is rendered),
/// a Pod is one replica. Everything else is not a workload: (0, null), so it is propagated whole.
/// </summary>
internal static class ReplicaInterpreter
{
    /// <summary>The kube-apiserver default of spec.replicas and spec.parallelism.</summary>
    private const long DefaultReplicas = 1;

    public static bool Handles(NativeKind kind)
        => kind is NativeKind.Deployment or NativeKind.StatefulSet or NativeKind.ReplicaSet or NativeKind.Job or NativeKind.Pod;

    public static (int Replicas, ReplicaRequirements? Requirements) GetReplicas(JsonObject template)
    {
        var ns = JsonRead.Namespace(template);
        return NativeKinds.Of(template) switch
        {
            NativeKind.Deployment or NativeKind.StatefulSet or NativeKind.ReplicaSet
                => (Count(template, "replicas"), ReplicaRequirementsBuilder.FromPodSpec(JsonRead.Object(template, "spec", "template", "spec"), ns)),
            NativeKind.Job
                => (Count(template, "parallelism"), ReplicaRequirementsBuilder.FromPodSpec(JsonRead.Object(template, "spec", "template", "spec"), ns)),
            NativeKind.Pod
                => (1, ReplicaRequirementsBuilder.FromPodSpec(JsonRead.Object(template, "spec"), ns)),
            _ => (0, null),
        };
    }

    private static int Count(JsonObject template, string field)
        => (int)Math.Clamp(JsonRead.Integer(template, "spec", field) ?? DefaultReplicas, 0, int.MaxValue);
}
