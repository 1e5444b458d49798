namespace Karmada.Orleans;

/// <summary>
/// Durable grain state injected through the grain constructor with <see cref="PersistentStateAttribute"/>.
/// Writes are guarded by the ETag: a write based on a stale read fails with
/// <see cref="InconsistentStateException"/> instead of overwriting.
/// </summary>
public interface IPersistentState<T> : IGrainState<T>
{
    Task ReadStateAsync();

    Task WriteStateAsync();

    Task ClearStateAsync();
}
