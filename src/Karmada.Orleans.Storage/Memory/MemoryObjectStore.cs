using System.Text.Json.Nodes;
using Karmada.Orleans.Storage.Watch;

namespace Karmada.Orleans.Storage.Memory;

/// <summary>
/// The object store in process memory: same semantics as the SQL store (revisions, metadata rules,
/// list at a revision, watch, compaction) without durability. It backs simulated member clusters,
/// whose state is meant to vanish with the simulator; the control plane itself never uses it.
/// </summary>
public sealed class MemoryObjectStore : IObjectStore
{
    private readonly object _lock = new();
    // Current objects by resource, then by storage key: point reads and writes are hash lookups, and a
    // list sorts only its own resource's keys (lists are rare next to writes).
    private readonly Dictionary<string, Dictionary<string, StoredObject>> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(long Revision, StoredObject? Version)>> _history = new(StringComparer.Ordinal);
    private readonly List<ChangeRecord> _log = [];
    private readonly ObjectStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly WatchHub _hub;
    private long _revision;
    private long _compacted;

    public MemoryObjectStore(ObjectStoreOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new ObjectStoreOptions();
        _time = time ?? TimeProvider.System;
        _hub = new WatchHub(_options.RecentEventCapacity, _options.WatcherBufferCapacity);
    }

    public long CurrentRevision => Interlocked.Read(ref _revision);

    public long CompactedRevision => Interlocked.Read(ref _compacted);

    /// <summary>History kept for watches and continue tokens; older changes are compacted automatically.</summary>
    public int HistoryLimit { get; init; } = 50_000;

    public Task<StoredObject?> GetAsync(ResourceKey key, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(Current(key, key.StorageKey));
        }
    }

    public Task<StoredObject> CreateAsync(ResourceKey key, JsonObject obj, CancellationToken cancellationToken = default) => Task.FromResult(Write(key, existing =>
    {
        if (existing is not null)
        {
            throw ObjectMutations.AlreadyExists(key);
        }

        var revision = _revision + 1;
        return (new StoredObject(key, revision, ObjectMutations.Create(key, obj, revision, _time.GetUtcNow(), _options.TracksGeneration(key.Resource))), WatchEventType.Added);
    }).Object);

    public Task<StoredObject> UpdateAsync(ResourceKey key, JsonObject obj, CancellationToken cancellationToken = default) => Task.FromResult(Write(key, existing =>
    {
        if (existing is null)
        {
            throw ObjectMutations.NotFound(key);
        }

        var revision = _revision + 1;
        var outcome = ObjectMutations.Update(key, obj, existing.Json, existing.Revision, revision, _options.TracksGeneration(key.Resource));
        return outcome is null ? (existing, null) : (new StoredObject(key, revision, outcome.Json), outcome.Deleted ? WatchEventType.Deleted : WatchEventType.Modified);
    }).Object);

    public Task<DeleteResult> DeleteAsync(ResourceKey key, DeletePreconditions? preconditions = null, CancellationToken cancellationToken = default)
    {
        var (obj, type) = Write(key, existing =>
        {
            if (existing is null)
            {
                throw ObjectMutations.NotFound(key);
            }

            var revision = _revision + 1;
            var outcome = ObjectMutations.Delete(key, existing.ToJsonObject(), existing.Revision, preconditions, revision, _time.GetUtcNow(), _options.TracksGeneration(key.Resource));
            return outcome is null ? (existing, null) : (new StoredObject(key, revision, outcome.Json), outcome.Deleted ? WatchEventType.Deleted : WatchEventType.Modified);
        });
        return Task.FromResult(new DeleteResult(obj, type == WatchEventType.Deleted));
    }

    private (StoredObject Object, WatchEventType? Type) Write(ResourceKey key, Func<StoredObject?, (StoredObject Object, WatchEventType? Type)> apply)
    {
        var storageKey = key.StorageKey;
        lock (_lock)
        {
            var existing = Current(key, storageKey);
            var (written, type) = apply(existing);
            if (type is not { } changeType)
            {
                return (written, null);
            }

            _revision = written.Revision;
            if (changeType == WatchEventType.Deleted)
            {
                _current.GetValueOrDefault(key.Resource)?.Remove(storageKey);
            }
            else
            {
                if (!_current.TryGetValue(key.Resource, out var objects))
                {
                    _current[key.Resource] = objects = new Dictionary<string, StoredObject>(StringComparer.Ordinal);
                }

                objects[storageKey] = written;
            }

            if (!_history.TryGetValue(storageKey, out var versions))
            {
                _history[storageKey] = versions = [];
            }

            versions.Add((written.Revision, changeType == WatchEventType.Deleted ? null : written));
            var change = new ChangeRecord(changeType, written, existing);
            _log.Add(change);
            if (_log.Count > HistoryLimit)
            {
                CompactLocked(_log[_log.Count - (HistoryLimit / 2)].Revision);
            }

            // Published under the store lock so watchers see changes in revision order.
            _hub.Publish([change], written.Revision);
            return (written, changeType);
        }
    }

    private StoredObject? Current(ResourceKey key, string storageKey) =>
        _current.TryGetValue(key.Resource, out var objects) ? objects.GetValueOrDefault(storageKey) : null;

    private static bool IsEverything(ListOptions options) =>
        (options.LabelSelector is null || options.LabelSelector.IsEmpty) && (options.FieldSelector is null || options.FieldSelector.IsEmpty);

    public Task<ListResult> ListAsync(string resource, ListOptions options, CancellationToken cancellationToken = default)
    {
        var token = options.Continue is { Length: > 0 } c ? ContinueToken.Decode(c) : null;
        var ns = options.Namespace ?? options.FieldSelector?.RequiredValue("metadata.namespace");
        var prefix = ResourceKey.Prefix(resource, ns);
        var limit = options.Limit > 0 ? options.Limit : int.MaxValue;
        lock (_lock)
        {
            var at = token?.Revision ?? _revision;
            if (token is not null && at < _compacted)
            {
                throw new StoreException(StoreErrorKind.Expired, "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.");
            }

            var after = token?.StartAfter ?? "";
            var items = new List<StoredObject>();
            IEnumerable<(string Key, StoredObject? Value)> candidates = at == _revision
                ? (_current.GetValueOrDefault(resource) ?? []).Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => (kv.Key, (StoredObject?)kv.Value)).ToList()
                : _history.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => (kv.Key, kv.Value.LastOrDefault(v => v.Revision <= at).Version));
            foreach (var (key, value) in candidates)
            {
                if (string.CompareOrdinal(key, after) <= 0 || value is null || (ns is null && value.Key.Resource != resource))
                {
                    continue;
                }

                if (!Selectors.ObjectSelection.Matches(value, options.LabelSelector, options.FieldSelector))
                {
                    continue;
                }

                if (items.Count == limit)
                {
                    // Like kube-apiserver, the remaining count is only given when nothing is filtered out.
                    long? remaining = IsEverything(options)
                        ? 1 + candidates.SkipWhile(c => c.Key != key).Skip(1).Count(c => c.Value is not null && (ns is not null || c.Value.Key.Resource == resource))
                        : null;
                    return Task.FromResult(new ListResult(items, at, new ContinueToken(at, items[^1].Key.StorageKey).Encode(), remaining));
                }

                items.Add(value);
            }

            return Task.FromResult(new ListResult(items, at, null, null));
        }
    }

    public IAsyncEnumerable<WatchEvent> WatchAsync(string resource, WatchOptions options, CancellationToken cancellationToken = default) =>
        HubWatcher.WatchAsync(_hub, resource, options, () => CurrentRevision, () => CompactedRevision, (after, upTo, _) =>
        {
            lock (_lock)
            {
                return Task.FromResult<IReadOnlyList<ChangeRecord>>(_log
                    .Where(c => c.Revision > after && c.Revision <= upTo && WatchHubMatches(c, resource, options.Namespace)).ToList());
            }
        }, cancellationToken);

    private static bool WatchHubMatches(ChangeRecord change, string resource, string? ns) =>
        (resource == WatchHub.AllResources || change.Object.Key.Resource == resource) && (ns is null || change.Object.Key.Namespace == ns);

    public Task CompactAsync(long revision, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            CompactLocked(Math.Min(revision, _revision));
        }

        return Task.CompletedTask;
    }

    private void CompactLocked(long revision)
    {
        if (revision <= _compacted)
        {
            return;
        }

        _log.RemoveAll(c => c.Revision < revision);
        foreach (var key in _history.Keys.ToList())
        {
            var versions = _history[key];
            var keepFrom = versions.FindLastIndex(v => v.Revision <= revision);
            if (keepFrom > 0)
            {
                versions.RemoveRange(0, keepFrom);
            }

            if (versions.Count == 1 && versions[0].Version is null && versions[0].Revision < revision)
            {
                _history.Remove(key);
            }
        }

        Interlocked.Exchange(ref _compacted, revision);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
