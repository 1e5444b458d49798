namespace Karmada.Orleans.Policies;

/// <summary>The (Cluster)PropagationPolicy that propagates an object, and why.</summary>
public sealed record PolicyMatch
{
    /// <summary>Karmada's event reason when a policy preempts another.</summary>
    public const string PreemptPolicySucceed = "PreemptPolicySucceed";

    public required PolicyReference Policy { get; init; }

    /// <summary>The winning policy's spec (placement, propagateDeps, conflictResolution, …).</summary>
    public required PropagationSpec Spec { get; init; }

    /// <summary>The permanent-id label of the policy, when it has one, to claim the object with.</summary>
    public string? PermanentId { get; init; }

    public required PolicyMatchReason Reason { get; init; }

    /// <summary>The policy's explicit priority (spec.priority, 0 when unset).</summary>
    public int Priority { get; init; }

    /// <summary>How specifically the policy's resourceSelectors select the object.</summary>
    public ImplicitPriority ImplicitPriority { get; init; }

    /// <summary>The claiming policy that was preempted (<see cref="PolicyMatchReason.Preempted"/>) or lost the object (<see cref="PolicyMatchReason.Matched"/> after a claim).</summary>
    public PolicyReference? Previous { get; init; }

    /// <summary>A sentence for events and logs, e.g. "Propagation policy(default/a) preempted cluster propagation policy(b) successfully".</summary>
    public required string Message { get; init; }
}
