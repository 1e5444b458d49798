namespace Karmada.Orleans;

/// <summary>A state write was based on a stale ETag: someone else wrote in between. Nothing was overwritten.</summary>
public sealed class InconsistentStateException(string message) : Exception(message)
{
    public InconsistentStateException(string grain, string? storedETag, string? currentETag)
        : this($"Write of {grain} rejected: stored ETag is '{storedETag ?? "(none)"}' but the write was based on '{currentETag ?? "(none)"}'.")
    {
    }
}
