using Karmada.Orleans.Storage.Selectors;

namespace Karmada.Orleans.Storage;

/// <summary>
/// What to watch: changes to one resource (optionally one namespace) after <see cref="FromRevision"/>.
/// A null FromRevision starts from now.
/// </summary>
public sealed record WatchOptions
{
    public string? Namespace { get; init; }

    public long? FromRevision { get; init; }

    public LabelSelector? LabelSelector { get; init; }

    public FieldSelector? FieldSelector { get; init; }

    /// <summary>Send a bookmark after this long without events; null disables bookmarks.</summary>
    public TimeSpan? BookmarkInterval { get; init; }
}
