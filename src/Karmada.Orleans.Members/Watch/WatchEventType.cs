namespace Karmada.Orleans.Members.Watch;

public enum WatchEventType
{
    Added,
    Modified,
    Deleted,

    /// <summary>Carries only a resourceVersion: "you have seen everything up to here" (no object changed).</summary>
    Bookmark,

    /// <summary>The object is a metav1.Status; code 410 means the resourceVersion is too old: relist.</summary>
    Error,
}
