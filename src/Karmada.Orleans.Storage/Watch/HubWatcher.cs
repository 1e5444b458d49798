using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Karmada.Orleans.Storage.Watch;

/// <summary>
/// A store watch over a <see cref="WatchHub"/>: the backlog after the requested revision (from the
/// hub's memory or the store's log), then live changes, with selectors and bookmarks applied.
/// Shared by every store backend.
/// </summary>
public static class HubWatcher
{
    public static async IAsyncEnumerable<WatchEvent> WatchAsync(
        WatchHub hub,
        string resource,
        WatchOptions options,
        Func<long> currentRevision,
        Func<long> compactedRevision,
        Func<long, long, CancellationToken, Task<IReadOnlyList<ChangeRecord>>> readLog,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var subscription = hub.Subscribe(resource, options.Namespace);
        // "From now" is the last committed write known here; in shared mode the hub may still be catching up to it.
        var from = options.FromRevision ?? Math.Max(subscription.StartRevision, currentRevision());
        if (from < compactedRevision())
        {
            throw new StoreException(StoreErrorKind.Expired, $"too old resource version: {from} ({compactedRevision()})");
        }

        var last = from;
        if (from < subscription.StartRevision)
        {
            var backlog = hub.TryGetRecent(resource, options.Namespace, from, subscription.StartRevision)
                ?? await readLog(from, subscription.StartRevision, cancellationToken);
            foreach (var change in backlog)
            {
                if (Filter(change, options) is { } e)
                {
                    yield return e;
                }
            }

            last = subscription.StartRevision;
        }

        var reader = subscription.Reader;
        while (true)
        {
            ChangeRecord? change;
            while (!reader.TryRead(out change))
            {
                var hubRevision = subscription.HubRevision;
                var wait = await WaitForChangeAsync(reader, options.BookmarkInterval, cancellationToken);
                if (wait == WaitResult.Completed)
                {
                    await reader.Completion;
                    yield break;
                }

                if (wait == WaitResult.TimedOut && !reader.TryPeek(out _))
                {
                    // Every change up to hubRevision for this watcher was already delivered.
                    yield return new WatchEvent(WatchEventType.Bookmark, Math.Max(last, hubRevision), null);
                }
            }

            if (change.Revision <= last)
            {
                continue;
            }

            last = change.Revision;
            if (Filter(change, options) is { } e)
            {
                yield return e;
            }
        }
    }

    private enum WaitResult
    {
        Ready,
        Completed,
        TimedOut,
    }

    private static async Task<WaitResult> WaitForChangeAsync(ChannelReader<ChangeRecord> reader, TimeSpan? bookmarkInterval, CancellationToken cancellationToken)
    {
        if (bookmarkInterval is not { } interval)
        {
            return await reader.WaitToReadAsync(cancellationToken) ? WaitResult.Ready : WaitResult.Completed;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(interval);
        try
        {
            return await reader.WaitToReadAsync(timeout.Token) ? WaitResult.Ready : WaitResult.Completed;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WaitResult.TimedOut;
        }
    }

    /// <summary>Applies selectors: an object leaving the selection is reported as deleted, one entering it as added.</summary>
    private static WatchEvent? Filter(ChangeRecord change, WatchOptions options)
    {
        if ((options.LabelSelector is null || options.LabelSelector.IsEmpty) && (options.FieldSelector is null || options.FieldSelector.IsEmpty))
        {
            return new WatchEvent(change.Type, change.Revision, change.Object, change.Previous);
        }

        var now = Selectors.ObjectSelection.Matches(change.Object, options.LabelSelector, options.FieldSelector);
        var before = change.Previous is not null && Selectors.ObjectSelection.Matches(change.Previous, options.LabelSelector, options.FieldSelector);
        return change.Type switch
        {
            WatchEventType.Added => now ? new WatchEvent(WatchEventType.Added, change.Revision, change.Object) : null,
            WatchEventType.Deleted => now || before ? new WatchEvent(WatchEventType.Deleted, change.Revision, change.Object) : null,
            _ when now && before => new WatchEvent(WatchEventType.Modified, change.Revision, change.Object),
            _ when now => new WatchEvent(WatchEventType.Added, change.Revision, change.Object),
            _ when before => new WatchEvent(WatchEventType.Deleted, change.Revision, change.Object),
            _ => null,
        };
    }
}
