namespace Karmada.Orleans.Storage;

public enum WatchEventType
{
    Added,
    Modified,
    Deleted,

    /// <summary>No change: the store has reached <see cref="WatchEvent.Revision"/> (lets watchers resume from there).</summary>
    Bookmark,
}

/// <summary>
/// A change to one object, at the revision that made it. Bookmarks carry no object. Previous is the
/// version the change replaced, when the store still knows it.
/// </summary>
public sealed record WatchEvent(WatchEventType Type, long Revision, StoredObject? Object, StoredObject? Previous = null)
{
    public static string WireType(WatchEventType type) => type switch
    {
        WatchEventType.Added => "ADDED",
        WatchEventType.Modified => "MODIFIED",
        WatchEventType.Deleted => "DELETED",
        _ => "BOOKMARK",
    };
}
