namespace Karmada.Orleans.Storage;

public enum StoreErrorKind
{
    NotFound,
    AlreadyExists,

    /// <summary>A precondition (resourceVersion or uid) did not hold: someone else wrote first.</summary>
    Conflict,

    /// <summary>The requested revision was compacted away (HTTP 410).</summary>
    Expired,

    Invalid,
}

/// <summary>A store operation that failed for a reason the caller can act on; nothing was written.</summary>
public sealed class StoreException(StoreErrorKind kind, string message) : Exception(message)
{
    public StoreErrorKind Kind { get; } = kind;
}
