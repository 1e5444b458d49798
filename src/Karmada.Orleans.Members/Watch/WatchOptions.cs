using Karmada.Orleans.Members.Rest;

namespace Karmada.Orleans.Members.Watch;

/// <summary>metav1.ListOptions for a watch.</summary>
public sealed record WatchOptions
{
    /// <summary>Events after this version are sent; "" or null starts with the current state as ADDED events.</summary>
    public string? ResourceVersion { get; init; }

    public string? LabelSelector { get; init; }

    public string? FieldSelector { get; init; }

    /// <summary>Ask for BOOKMARK events so a resumed watch starts from a recent version.</summary>
    public bool AllowWatchBookmarks { get; init; } = true;

    /// <summary>The server ends the watch after this long (the client then resumes).</summary>
    public int? TimeoutSeconds { get; init; }

    internal QueryBuilder ToQuery() => new QueryBuilder()
        .Add("watch", true)
        .Add("resourceVersion", ResourceVersion)
        .Add("allowWatchBookmarks", AllowWatchBookmarks)
        .Add("labelSelector", LabelSelector)
        .Add("fieldSelector", FieldSelector)
        .Add("timeoutSeconds", TimeoutSeconds);
}
