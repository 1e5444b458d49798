namespace Karmada.Orleans.Policies;

/// <summary>
/// Chooses the policy that propagates a resource template, as Karmada's resource detector does.
/// <list type="number">
/// <item>Only policies that select the object count: a PropagationPolicy of the object's own
/// namespace, or a ClusterPropagationPolicy; policies being deleted are ignored.</item>
/// <item>An object claimed by a policy that still selects it stays with that policy, even if a
/// better one appeared, unless preempted (below). A claim whose policy is gone, being deleted or no
/// longer selects the object is void: the object is matched afresh.</item>
/// <item>Afresh, PropagationPolicies come first: a ClusterPropagationPolicy is considered only when
/// no PropagationPolicy selects the object (cluster-scoped objects only have ClusterPropagationPolicies).
/// Among them: the higher explicit spec.priority (unset is 0), then the more specific selector (name
/// over labelSelector over match-all), then the lexicographically smaller name.</item>
/// <item>Preemption (Karmada's PolicyPreemption feature, alpha; <paramref name="preemptionEnabled"/>
/// switches it): only a policy with spec.preemption Always preempts, and the order is
/// high-priority PP &gt; low-priority PP &gt; CPP. A PropagationPolicy preempts a claiming
/// PropagationPolicy of strictly lower explicit priority, and any claiming ClusterPropagationPolicy
/// regardless of priority; a ClusterPropagationPolicy preempts only a claiming
/// ClusterPropagationPolicy of strictly lower explicit priority, never a PropagationPolicy. Implicit
/// priority plays no part in preemption; among several preemptors the best by the order above
/// wins.</item>
/// </list>
/// </summary>
public static class PolicyMatcher
{
    public static PolicyMatch? Select(
        JsonObject template,
        IEnumerable<PropagationPolicy> propagationPolicies,
        IEnumerable<ClusterPropagationPolicy> clusterPropagationPolicies,
        PolicyReference? currentClaim = null,
        bool preemptionEnabled = true)
    {
        var ns = JsonRead.Namespace(template);
        var pps = PolicyCandidate.Selecting(template, ns, propagationPolicies).ToList();
        var cpps = PolicyCandidate.Selecting(template, clusterPropagationPolicies).ToList();

        if (currentClaim is not null && pps.Concat(cpps).FirstOrDefault(c => c.Reference == currentClaim) is { } claimed)
        {
            if (preemptionEnabled && Preemptor(claimed, pps, cpps) is { } preemptor)
            {
                return Result(preemptor, PolicyMatchReason.Preempted, claimed.Reference, PreemptionMessage(preemptor.Reference, claimed.Reference));
            }

            return Result(claimed, PolicyMatchReason.Claimed, null, $"Claimed by {claimed.Reference}");
        }

        if ((PolicyCandidate.Best(pps) ?? PolicyCandidate.Best(cpps)) is { } best)
        {
            var message = $"Matched {best.Reference} (priority {best.Priority}, {Describe(best.ImplicitPriority)})";
            if (currentClaim is not null)
            {
                message += $"; claiming {currentClaim} no longer selects the object";
            }

            return Result(best, PolicyMatchReason.Matched, currentClaim, message);
        }

        return null;
    }

    private static PolicyCandidate? Preemptor(PolicyCandidate claimed, List<PolicyCandidate> pps, List<PolicyCandidate> cpps)
    {
        if (!claimed.Reference.IsClusterPolicy)
        {
            return PolicyCandidate.Best(pps.Where(p => p.PreemptsAlways && p.Reference != claimed.Reference && p.Priority > claimed.Priority));
        }

        return PolicyCandidate.Best(pps.Where(p => p.PreemptsAlways))
            ?? PolicyCandidate.Best(cpps.Where(c => c.PreemptsAlways && c.Reference != claimed.Reference && c.Priority > claimed.Priority));
    }

    private static PolicyMatch Result(PolicyCandidate candidate, PolicyMatchReason reason, PolicyReference? previous, string message) => new()
    {
        Policy = candidate.Reference,
        Spec = candidate.Spec,
        PermanentId = candidate.PermanentId,
        Reason = reason,
        Priority = candidate.Priority,
        ImplicitPriority = candidate.ImplicitPriority,
        Previous = previous,
        Message = message,
    };

    /// <summary>Karmada's PreemptPolicySucceed event message.</summary>
    private static string PreemptionMessage(PolicyReference preemptor, PolicyReference preempted)
    {
        var subject = preemptor.ToString();
        return $"{char.ToUpperInvariant(subject[0])}{subject[1..]} preempted {preempted} successfully";
    }

    private static string Describe(ImplicitPriority priority) => priority switch
    {
        ImplicitPriority.MatchName => "selected by name",
        ImplicitPriority.MatchLabelSelector => "selected by labelSelector",
        _ => "selects the whole kind",
    };
}
