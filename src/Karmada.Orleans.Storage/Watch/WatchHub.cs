using System.Threading.Channels;

namespace Karmada.Orleans.Storage.Watch;

/// <summary>
/// Fans committed changes out to watchers, in revision order, and keeps the most recent ones so
/// resuming watchers need not read the database. Subscribing and publishing share one lock: a new
/// subscriber learns the exact revision after which it receives every change live.
/// </summary>
public sealed class WatchHub(int recentCapacity, int watcherCapacity)
{
    private readonly object _lock = new();
    private readonly ChangeRecord?[] _recent = new ChangeRecord?[Math.Max(1, recentCapacity)];
    private readonly List<Subscription> _subscriptions = [];
    private int _recentStart;
    private int _recentCount;
    private long _revision;

    /// <summary>The revision of the last change published.</summary>
    public long Revision
    {
        get
        {
            lock (_lock)
            {
                return _revision;
            }
        }
    }

    public void Initialize(long revision)
    {
        lock (_lock)
        {
            _revision = revision;
        }
    }

    /// <summary>Publishes changes of one commit, ordered by revision.</summary>
    public void Publish(IReadOnlyList<ChangeRecord> changes, long committedRevision)
    {
        long delivered = 0;
        lock (_lock)
        {
            foreach (var change in changes)
            {
                Remember(change);
                foreach (var subscription in _subscriptions)
                {
                    delivered += subscription.Offer(change) ? 1 : 0;
                }
            }

            _revision = Math.Max(_revision, committedRevision);
        }

        foreach (var change in changes)
        {
            StoreMetrics.Changes.Add(1, new("resource", change.Object.Key.Resource), new("type", StoreMetrics.TypeName(change.Type)));
        }

        StoreMetrics.WatchEvents.Add(delivered);
    }

    public Subscription Subscribe(string resource, string? ns)
    {
        lock (_lock)
        {
            var subscription = new Subscription(this, resource, ns, _revision, watcherCapacity);
            _subscriptions.Add(subscription);
            StoreMetrics.Watchers.Add(1);
            return subscription;
        }
    }

    /// <summary>The changes to a resource in (after, upTo], if all of them are still in memory.</summary>
    public IReadOnlyList<ChangeRecord>? TryGetRecent(string resource, string? ns, long after, long upTo)
    {
        lock (_lock)
        {
            if (_recentCount == 0 || _recent[_recentStart]!.Revision > after + 1)
            {
                return after >= upTo ? [] : null;
            }

            var result = new List<ChangeRecord>();
            for (var i = 0; i < _recentCount; i++)
            {
                var change = _recent[(_recentStart + i) % _recent.Length]!;
                if (change.Revision > after && change.Revision <= upTo && Matches(change, resource, ns))
                {
                    result.Add(change);
                }
            }

            return result;
        }
    }

    /// <summary>The resource name that watches every resource (the controllers' change feed).</summary>
    public const string AllResources = "*";

    internal static bool Matches(ChangeRecord change, string resource, string? ns) =>
        (resource == AllResources || change.Object.Key.Resource == resource) && (ns is null || change.Object.Key.Namespace == ns);

    private void Remember(ChangeRecord change)
    {
        if (_recentCount < _recent.Length)
        {
            _recent[(_recentStart + _recentCount) % _recent.Length] = change;
            _recentCount++;
        }
        else
        {
            _recent[_recentStart] = change;
            _recentStart = (_recentStart + 1) % _recent.Length;
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_lock)
        {
            if (_subscriptions.Remove(subscription))
            {
                StoreMetrics.Watchers.Add(-1);
            }
        }
    }

    /// <summary>
    /// One watcher's live feed. <see cref="StartRevision"/> is the revision after which every change
    /// arrives here; a watcher that falls too far behind is cut off with Expired and must re-list.
    /// </summary>
    public sealed class Subscription : IDisposable
    {
        private readonly WatchHub _hub;
        private readonly string _resource;
        private readonly string? _namespace;
        private readonly Channel<ChangeRecord> _channel;

        internal Subscription(WatchHub hub, string resource, string? ns, long startRevision, int capacity)
        {
            _hub = hub;
            _resource = resource;
            _namespace = ns;
            StartRevision = startRevision;
            _channel = Channel.CreateBounded<ChangeRecord>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        }

        public long StartRevision { get; }

        public ChannelReader<ChangeRecord> Reader => _channel.Reader;

        /// <summary>The hub's revision now; every change up to it for this watcher is already in <see cref="Reader"/>.</summary>
        public long HubRevision => _hub.Revision;

        /// <summary>Queues the change if this watcher wants it; true when it was delivered.</summary>
        internal bool Offer(ChangeRecord change)
        {
            if (!Matches(change, _resource, _namespace))
            {
                return false;
            }

            if (!_channel.Writer.TryWrite(change))
            {
                _channel.Writer.TryComplete(new StoreException(StoreErrorKind.Expired,
                    $"the watcher fell more than {_channel.Reader.Count} events behind and was closed; list again and watch from the new resourceVersion"));
                return false;
            }

            return true;
        }

        public void Dispose()
        {
            _hub.Remove(this);
            _channel.Writer.TryComplete();
        }
    }
}
