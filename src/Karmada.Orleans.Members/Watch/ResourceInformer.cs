using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;

namespace Karmada.Orleans.Members.Watch;

/// <summary>
/// Lists then watches a resource and keeps a cache of it (client-go's reflector + informer), as a pull-based
/// stream of changes:
/// <list type="bullet">
/// <item>the first list arrives as Added events followed by <see cref="InformerEventType.Synced"/>;</item>
/// <item>a watch that ends or drops is resumed from the last resourceVersion seen (bookmarks included), so
/// nothing is missed or repeated;</item>
/// <item>410 Gone (on opening the watch or as an ERROR event) triggers a relist whose differences from the cache
/// are delivered as Added/Modified/Deleted, then Synced;</item>
/// <item>failures are retried after an exponential backoff with jitter.</item>
/// </list>
/// Events are produced as the consumer asks for them, so a slow consumer slows the watch instead of queueing.
/// </summary>
public sealed class ResourceInformer
{
    private static readonly TimeSpan ShortWatch = TimeSpan.FromSeconds(1);
    private readonly ResourceClient _resource;
    private readonly InformerOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<ObjectKey, JsonObject> _cache = new();
    private int _running;
    private int _lists;
    private int _watches;
    private int _consecutiveFailures;
    private volatile string? _lastResourceVersion;
    private volatile Exception? _lastError;
    private volatile bool _hasSynced;

    public ResourceInformer(ResourceClient resource, InformerOptions? options = null, TimeProvider? timeProvider = null)
    {
        _resource = resource;
        _options = options ?? new InformerOptions();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>True once the first list has been delivered.</summary>
    public bool HasSynced => _hasSynced;

    /// <summary>The resourceVersion the next watch resumes from.</summary>
    public string? LastResourceVersion => _lastResourceVersion;

    /// <summary>Lists done so far (1 + relists).</summary>
    public int ListCount => _lists;

    /// <summary>Watches opened so far.</summary>
    public int WatchCount => _watches;

    public int ConsecutiveFailures => _consecutiveFailures;

    /// <summary>The most recent list/watch failure (retried with backoff).</summary>
    public Exception? LastError => _lastError;

    /// <summary>A snapshot of the cache.</summary>
    public IReadOnlyList<JsonObject> GetItems() => _cache.Values.ToList();

    public JsonObject? Get(ObjectKey key) => _cache.GetValueOrDefault(key);

    /// <summary>Runs until cancelled; one consumer at a time.</summary>
    public async IAsyncEnumerable<InformerEvent> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("this informer is already running");
        }

        try
        {
            var needList = true;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Exception? failure = null;
                if (needList)
                {
                    ResourceList? list = null;
                    try
                    {
                        Interlocked.Increment(ref _lists);
                        list = await _resource.ListAllAsync(
                            new ListOptions { LabelSelector = _options.LabelSelector, FieldSelector = _options.FieldSelector },
                            _options.PageSize,
                            cancellationToken);
                    }
                    catch (Exception e) when (IsRetryable(e, cancellationToken))
                    {
                        failure = e;
                    }

                    if (list is not null)
                    {
                        foreach (var change in Replace(list.Items))
                        {
                            yield return change;
                        }

                        _lastResourceVersion = list.ResourceVersion;
                        _consecutiveFailures = 0;
                        _hasSynced = true;
                        needList = false;
                        yield return InformerEvent.Synced;
                    }
                }

                if (failure is null)
                {
                    var watchTimeout = WatchTimeout();
                    using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    deadline.CancelAfter(watchTimeout + _options.WatchGrace);
                    var options = new WatchOptions
                    {
                        ResourceVersion = _lastResourceVersion,
                        LabelSelector = _options.LabelSelector,
                        FieldSelector = _options.FieldSelector,
                        AllowWatchBookmarks = true,
                        TimeoutSeconds = (int)watchTimeout.TotalSeconds,
                    };
                    Interlocked.Increment(ref _watches);
                    var started = _time.GetTimestamp();
                    var received = false;
                    await using var events = _resource.WatchAsync(options, deadline.Token).GetAsyncEnumerator(deadline.Token);
                    while (failure is null && !needList)
                    {
                        bool hasEvent;
                        try
                        {
                            hasEvent = await events.MoveNextAsync();
                        }
                        catch (KubernetesGoneException)
                        {
                            needList = true;
                            break;
                        }
                        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                        {
                            failure = new TimeoutException($"watch of {_resource.Resource} outlived its {watchTimeout.TotalSeconds:0}s timeout; the connection is presumed dead");
                            break;
                        }
                        catch (Exception e) when (IsRetryable(e, cancellationToken))
                        {
                            failure = e;
                            break;
                        }

                        if (!hasEvent)
                        {
                            // A watch that ends at once without a single event is a misbehaving server or proxy, not a
                            // timeout: back off instead of reconnecting in a tight loop (as client-go does).
                            if (!received && _time.GetElapsedTime(started) < ShortWatch)
                            {
                                failure = new InvalidDataException($"very short watch of {_resource.Resource}: the server closed it within {ShortWatch.TotalSeconds:0}s without sending anything");
                            }

                            break;
                        }

                        received = true;
                        var watchEvent = events.Current;
                        _consecutiveFailures = 0;
                        var change = Apply(watchEvent, ref needList, ref failure);
                        if (change is not null)
                        {
                            yield return change;
                        }
                    }
                }

                if (failure is not null)
                {
                    var failures = Interlocked.Increment(ref _consecutiveFailures);
                    _lastError = failure;
                    await Task.Delay(_options.Backoff.Delay(failures, _options.Random.NextDouble()), _time, cancellationToken);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private InformerEvent? Apply(WatchEvent watchEvent, ref bool needList, ref Exception? failure)
    {
        switch (watchEvent.Type)
        {
            case WatchEventType.Error:
                var status = watchEvent.GetStatus() ?? new Status();
                if (status.Code == 410 || status.Reason is StatusReasons.Expired or StatusReasons.Gone)
                {
                    needList = true;
                }
                else
                {
                    failure = KubernetesApiException.Create(status with { Code = status.Code == 0 ? 500 : status.Code }, _resource.Cluster, "WATCH", $"{_resource.Resource} from resourceVersion {_lastResourceVersion}");
                }

                return null;
            case WatchEventType.Bookmark:
                _lastResourceVersion = watchEvent.ResourceVersion ?? _lastResourceVersion;
                return null;
            case WatchEventType.Deleted:
                {
                    var key = ObjectKey.From(watchEvent.Object);
                    _cache.TryRemove(key, out var old);
                    _lastResourceVersion = watchEvent.ResourceVersion ?? _lastResourceVersion;
                    return new InformerEvent(InformerEventType.Deleted, watchEvent.Object, old);
                }

            default:
                {
                    var key = ObjectKey.From(watchEvent.Object);
                    var old = _cache.GetValueOrDefault(key);
                    _cache[key] = Cached(watchEvent.Object);
                    _lastResourceVersion = watchEvent.ResourceVersion ?? _lastResourceVersion;
                    var type = watchEvent.Type == WatchEventType.Added ? InformerEventType.Added : InformerEventType.Modified;
                    return new InformerEvent(type, watchEvent.Object, old);
                }
        }
    }

    /// <summary>What the cache keeps of an object: all of it, or (MetadataOnly) its identity, version and labels.</summary>
    private JsonObject Cached(JsonObject obj)
    {
        if (!_options.MetadataOnly)
        {
            return obj;
        }

        var metadata = obj["metadata"] as JsonObject;
        var slim = new JsonObject();
        foreach (var field in new[] { "name", "namespace", "uid", "resourceVersion", "labels" })
        {
            if (metadata?[field] is { } value)
            {
                slim[field] = Compact(value);
            }
        }

        return new JsonObject { ["apiVersion"] = Compact(obj["apiVersion"]), ["kind"] = Compact(obj["kind"]), ["metadata"] = slim };
    }

    /// <summary>
    /// A copy that holds plain strings: cloning a parsed value copies its whole JSON document, which for
    /// tens of thousands of cached objects is tens of megabytes.
    /// </summary>
    private static JsonNode? Compact(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => new JsonObject(o.Select(kv => KeyValuePair.Create(kv.Key, Compact(kv.Value)))),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(v.GetValue<string>()),
        _ => node.DeepClone(),
    };

    private IReadOnlyList<InformerEvent> Replace(IReadOnlyList<JsonObject> items)
    {
        var changes = InformerDiff.Compute(_cache, items);
        var keys = new HashSet<ObjectKey>();
        foreach (var item in items)
        {
            var key = ObjectKey.From(item);
            keys.Add(key);
            _cache[key] = Cached(item);
        }

        foreach (var key in _cache.Keys)
        {
            if (!keys.Contains(key))
            {
                _cache.TryRemove(key, out _);
            }
        }

        return changes;
    }

    private TimeSpan WatchTimeout()
    {
        var min = _options.MinWatchTimeout < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : _options.MinWatchTimeout;
        return TimeSpan.FromSeconds(Math.Ceiling(min.TotalSeconds * (1 + _options.Random.NextDouble())));
    }

    private static bool IsRetryable(Exception failure, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && failure is not (ArgumentException or InvalidOperationException);
}
