namespace Karmada.Orleans.Runtime;

internal enum ActivationState
{
    /// <summary>Created in the directory; activates on its first turn.</summary>
    Created,

    /// <summary>Reading state and running OnActivateAsync; requests wait.</summary>
    Activating,

    /// <summary>Activated and serving requests.</summary>
    Valid,

    /// <summary>Running OnDeactivateAsync; new work waits and is forwarded to the next activation.</summary>
    Deactivating,

    /// <summary>Gone: work can no longer be queued here.</summary>
    Invalid,
}
