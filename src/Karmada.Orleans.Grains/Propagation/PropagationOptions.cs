namespace Karmada.Orleans.Grains.Propagation;

/// <summary>Switches of the resource detector.</summary>
public sealed class PropagationOptions
{
    /// <summary>
    /// Karmada's PolicyPreemption feature gate (alpha, off by default): a policy with preemption
    /// Always may take over templates another policy already claims.
    /// </summary>
    public bool PolicyPreemption { get; set; }
}
