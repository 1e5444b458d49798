namespace Karmada.Orleans.Policies;

/// <summary>
/// InterpretDependency: what a template needs alongside it in every cluster it is propagated to.
/// Workloads depend on what their pod template refers to (<see cref="PodDependencies"/>); a
/// StatefulSet's volumeClaimTemplates claims are created per pod by the member and are not
/// dependencies; an Ingress depends on its TLS Secrets. Sorted by kind, namespace and name, without
/// duplicates or empty names.
/// </summary>
internal static class DependencyInterpreter
{
    public static bool Handles(NativeKind kind)
        => kind is NativeKind.Deployment or NativeKind.ReplicaSet or NativeKind.StatefulSet or NativeKind.DaemonSet
            or NativeKind.Job or NativeKind.CronJob or NativeKind.Pod or NativeKind.Ingress;

    public static IReadOnlyList<DependentObjectReference> GetDependencies(JsonObject template)
    {
        var ns = JsonRead.Namespace(template);
        var found = NativeKinds.Of(template) switch
        {
            NativeKind.Deployment or NativeKind.ReplicaSet or NativeKind.DaemonSet or NativeKind.Job
                => PodDependencies.Of(JsonRead.Object(template, "spec", "template", "spec"), ns),
            NativeKind.StatefulSet
                => PodDependencies.Of(JsonRead.Object(template, "spec", "template", "spec"), ns, ClaimTemplateNames(template)),
            NativeKind.CronJob
                => PodDependencies.Of(JsonRead.Object(template, "spec", "jobTemplate", "spec", "template", "spec"), ns),
            NativeKind.Pod
                => PodDependencies.Of(JsonRead.Object(template, "spec"), ns),
            NativeKind.Ingress
                => JsonRead.Objects(template, "spec", "tls").Select(tls => new DependentObjectReference("v1", "Secret", ns, JsonRead.String(tls, "secretName") ?? "")),
            _ => [],
        };

        return [.. found
            .Where(d => !string.IsNullOrEmpty(d.Name))
            .Distinct()
            .OrderBy(d => d.Kind, StringComparer.Ordinal)
            .ThenBy(d => d.Namespace, StringComparer.Ordinal)
            .ThenBy(d => d.Name, StringComparer.Ordinal)];
    }

    /// <summary>A claim template named like a pod volume replaces that volume, so its claim is no dependency either.</summary>
    private static HashSet<string> ClaimTemplateNames(JsonObject statefulSet)
        => [.. JsonRead.Objects(statefulSet, "spec", "volumeClaimTemplates").Select(t => JsonRead.String(t, "metadata", "name") ?? "").Where(n => n.Length > 0)];
}
