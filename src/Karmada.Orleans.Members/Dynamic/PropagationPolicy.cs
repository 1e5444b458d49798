namespace Karmada.Orleans.Members.Dynamic;

/// <summary>What happens to an object's dependents when it is deleted.</summary>
public enum PropagationPolicy
{
    /// <summary>Delete now; the garbage collector removes dependents afterwards.</summary>
    Background,

    /// <summary>Dependents are deleted first; the object stays (with a foregroundDeletion finalizer) until then.</summary>
    Foreground,

    /// <summary>Dependents are kept and lose their owner reference.</summary>
    Orphan,
}
