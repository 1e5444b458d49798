using System.Text.Json.Nodes;

namespace Karmada.Orleans.Storage;

/// <summary>
/// The revisioned object store (the etcd of the control plane). Every write gets the next global
/// revision, which becomes the object's resourceVersion; a change log serves list-then-watch without
/// gaps or duplicates.
/// </summary>
public interface IObjectStore : IAsyncDisposable
{
    /// <summary>The revision of the latest committed write.</summary>
    long CurrentRevision { get; }

    /// <summary>Revisions before this were compacted away: watching from earlier fails with Expired.</summary>
    long CompactedRevision { get; }

    Task<StoredObject?> GetAsync(ResourceKey key, CancellationToken cancellationToken = default);

    /// <summary>Creates the object; sets uid, creationTimestamp, generation and resourceVersion. AlreadyExists if present.</summary>
    Task<StoredObject> CreateAsync(ResourceKey key, JsonObject obj, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the object. When obj carries metadata.resourceVersion it must equal the stored one (else Conflict).
    /// uid, creationTimestamp and deletionTimestamp are kept; generation is bumped when anything but metadata
    /// and status changed; an object being deleted goes away once its last finalizer is removed.
    /// An update that changes nothing writes nothing and returns the stored version.
    /// </summary>
    Task<StoredObject> UpdateAsync(ResourceKey key, JsonObject obj, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the object, or, while it has finalizers, marks it with deletionTimestamp.
    /// Returns the object as of the delete (Deleted = true when it is gone).
    /// </summary>
    Task<DeleteResult> DeleteAsync(ResourceKey key, DeletePreconditions? preconditions = null, CancellationToken cancellationToken = default);

    Task<ListResult> ListAsync(string resource, ListOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes after options.FromRevision, in revision order, then live ones until cancelled.
    /// Resource "*" watches every resource (the change feed controllers follow).
    /// </summary>
    IAsyncEnumerable<WatchEvent> WatchAsync(string resource, WatchOptions options, CancellationToken cancellationToken = default);

    /// <summary>Forgets history before <paramref name="revision"/> (the current version of every object is kept).</summary>
    Task CompactAsync(long revision, CancellationToken cancellationToken = default);
}

public sealed record DeletePreconditions(string? Uid = null, long? ResourceVersion = null);

public sealed record DeleteResult(StoredObject Object, bool Deleted);
