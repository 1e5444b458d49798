namespace Karmada.Orleans.Policies;

/// <summary>A PropagationPolicy or ClusterPropagationPolicy that selects the object, with its priorities.</summary>
internal sealed record PolicyCandidate(PolicyReference Reference, PropagationSpec Spec, string? PermanentId, ImplicitPriority ImplicitPriority)
{
    public int Priority => Spec.Priority ?? 0;

    public bool PreemptsAlways => Spec.Preemption == "Always";

    /// <summary>
    /// Karmada's order: higher explicit priority, then more specific selection (name, labelSelector,
    /// match-all), then the lexicographically smaller name.
    /// </summary>
    public static PolicyCandidate? Best(IEnumerable<PolicyCandidate> candidates)
        => candidates
            .OrderByDescending(c => c.Priority)
            .ThenByDescending(c => c.ImplicitPriority)
            .ThenBy(c => c.Reference.Name, StringComparer.Ordinal)
            .FirstOrDefault();

    public static IEnumerable<PolicyCandidate> Selecting(JsonObject obj, string ns, IEnumerable<PropagationPolicy> policies)
    {
        // A PropagationPolicy only propagates objects of its own namespace; cluster-scoped objects have none.
        if (ns.Length == 0)
        {
            yield break;
        }

        foreach (var policy in policies)
        {
            if (policy.Metadata.DeletionTimestamp is null && (policy.Metadata.Namespace ?? "") == ns
                && Create(obj, PolicyReference.Of(policy), policy.Spec, policy.Metadata.Labels?.GetValueOrDefault(KarmadaLabels.PropagationPolicyPermanentId)) is { } candidate)
            {
                yield return candidate;
            }
        }
    }

    public static IEnumerable<PolicyCandidate> Selecting(JsonObject obj, IEnumerable<ClusterPropagationPolicy> policies)
    {
        foreach (var policy in policies)
        {
            if (policy.Metadata.DeletionTimestamp is null
                && Create(obj, PolicyReference.Of(policy), policy.Spec, policy.Metadata.Labels?.GetValueOrDefault(KarmadaLabels.ClusterPropagationPolicyPermanentId)) is { } candidate)
            {
                yield return candidate;
            }
        }
    }

    private static PolicyCandidate? Create(JsonObject obj, PolicyReference reference, PropagationSpec? spec, string? permanentId)
    {
        spec ??= new PropagationSpec();
        var implicitPriority = ResourceSelectorMatcher.Priority(obj, spec.ResourceSelectors ?? []);
        return implicitPriority == ImplicitPriority.MisMatch ? null : new PolicyCandidate(reference, spec, permanentId, implicitPriority);
    }
}
