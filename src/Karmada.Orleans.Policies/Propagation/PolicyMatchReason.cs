namespace Karmada.Orleans.Policies;

/// <summary>Why <see cref="PolicyMatcher"/> chose a policy.</summary>
public enum PolicyMatchReason
{
    /// <summary>The object's claiming policy still selects it and nothing preempts it.</summary>
    Claimed,

    /// <summary>The best policy that selects the (unclaimed, or no longer claimed) object.</summary>
    Matched,

    /// <summary>A policy with preemption Always took the object from its claiming policy.</summary>
    Preempted,
}
