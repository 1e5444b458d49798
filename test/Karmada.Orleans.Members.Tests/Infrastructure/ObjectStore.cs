using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;

namespace Karmada.Orleans.Members.Tests.Infrastructure;

/// <summary>
/// The fake API server's store of one namespaced resource: revisions, a change log for watches,
/// compaction (410 Gone) and on-demand bookmarks.
/// </summary>
internal sealed class ObjectStore(string apiVersion, string kind, string resource)
{
    private readonly object _lock = new();
    private readonly SortedDictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly List<(long Revision, string Type, JsonObject Object)> _log = [];
    private long _revision = 100;
    private long _compactedThrough;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _bookmarks;

    public string Resource { get; } = resource;

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

    public long BookmarkRequests => Interlocked.Read(ref _bookmarks);

    public JsonObject Create(string ns, JsonObject obj)
    {
        var name = obj.GetName() ?? throw new StoreException(422, "Invalid", $"{kind} \"\" is invalid: metadata.name: Required value");
        lock (_lock)
        {
            if (_objects.ContainsKey(Key(ns, name)))
            {
                throw new StoreException(409, "AlreadyExists", $"{Resource} \"{name}\" already exists", Details(name));
            }

            var stored = Normalize(obj, ns);
            var metadata = stored.EnsureMetadata();
            metadata["uid"] = Guid.NewGuid().ToString();
            metadata["creationTimestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
            return Commit(ns, name, "ADDED", stored);
        }
    }

    public JsonObject Update(string ns, string name, JsonObject obj)
    {
        lock (_lock)
        {
            var current = GetLocked(ns, name);
            var resourceVersion = obj.GetResourceVersion();
            if (!string.IsNullOrEmpty(resourceVersion) && resourceVersion != current.GetResourceVersion())
            {
                throw new StoreException(409, "Conflict",
                    $"Operation cannot be fulfilled on {Resource} \"{name}\": the object has been modified; please apply your changes to the latest version and try again", Details(name));
            }

            var stored = Normalize(obj, ns);
            stored.EnsureMetadata()["uid"] = current.GetUid();
            stored.EnsureMetadata()["creationTimestamp"] = current.GetMetadata()!["creationTimestamp"]?.DeepClone();
            return Commit(ns, name, "MODIFIED", stored);
        }
    }

    public JsonObject Patch(string ns, string name, Func<JsonObject, JsonObject> patch, bool createIfMissing = false)
    {
        lock (_lock)
        {
            if (createIfMissing && !_objects.ContainsKey(Key(ns, name)))
            {
                var created = patch(new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind, ["metadata"] = new JsonObject { ["name"] = name } });
                return Create(ns, created);
            }

            var current = (JsonObject)GetLocked(ns, name).DeepClone();
            var patched = patch(current);
            patched.EnsureMetadata()["resourceVersion"] = current.GetResourceVersion();
            return Update(ns, name, patched);
        }
    }

    public JsonObject Delete(string ns, string name, JsonObject? options)
    {
        lock (_lock)
        {
            var current = GetLocked(ns, name);
            if (options?["preconditions"] is JsonObject preconditions)
            {
                var uid = preconditions["uid"]?.GetValue<string>();
                if (uid is not null && uid != current.GetUid())
                {
                    throw new StoreException(409, "Conflict",
                        $"Operation cannot be fulfilled on {Resource} \"{name}\": the UID in the precondition ({uid}) does not match the UID in record ({current.GetUid()}). The object might have been deleted and then recreated", Details(name));
                }

                var rv = preconditions["resourceVersion"]?.GetValue<string>();
                if (rv is not null && rv != current.GetResourceVersion())
                {
                    throw new StoreException(409, "Conflict",
                        $"Operation cannot be fulfilled on {Resource} \"{name}\": the ResourceVersion in the precondition ({rv}) does not match the ResourceVersion in record ({current.GetResourceVersion()}). The object might have been modified", Details(name));
                }
            }

            _objects.Remove(Key(ns, name));
            var deleted = (JsonObject)current.DeepClone();
            _revision++;
            deleted.SetResourceVersion(_revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _log.Add((_revision, "DELETED", deleted));
            Signal();
            return (JsonObject)deleted.DeepClone();
        }
    }

    public JsonObject Get(string ns, string name)
    {
        lock (_lock)
        {
            return (JsonObject)GetLocked(ns, name).DeepClone();
        }
    }

    /// <summary>A page of objects (sorted by namespace/name) and the continue token for the next one.</summary>
    public (IReadOnlyList<JsonObject> Items, long Revision, string? Continue) List(string? ns, string? labelSelector, long limit, string? continueToken)
    {
        lock (_lock)
        {
            var after = "";
            if (!string.IsNullOrEmpty(continueToken))
            {
                var parts = continueToken.Split('|', 2);
                if (long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) <= _compactedThrough)
                {
                    throw new StoreException(410, "Expired", "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.");
                }

                after = parts[1];
            }

            var matching = _objects
                .Where(e => (ns is null || e.Value.GetNamespace() == ns) && string.CompareOrdinal(e.Key, after) > 0 && Matches(e.Value, labelSelector))
                .ToList();
            var page = limit > 0 ? matching.Take((int)limit).ToList() : matching;
            string? next = limit > 0 && matching.Count > limit ? $"{_revision}|{page[^1].Key}" : null;
            return (page.Select(e => (JsonObject)e.Value.DeepClone()).ToList(), _revision, next);
        }
    }

    /// <summary>Watches from now on must start after the current revision (older ones get 410 Gone).</summary>
    public void Compact()
    {
        lock (_lock)
        {
            _compactedThrough = _revision;
        }
    }

    public bool IsCompacted(long revision)
    {
        lock (_lock)
        {
            return revision < _compactedThrough;
        }
    }

    /// <summary>Asks every open watch to send a BOOKMARK at the current revision.</summary>
    public void RequestBookmark()
    {
        Interlocked.Increment(ref _bookmarks);
        lock (_lock)
        {
            Signal();
        }
    }

    /// <summary>Log entries after a revision, and a task completing on the next change.</summary>
    public (IReadOnlyList<(long Revision, string Type, JsonObject Object)> Events, long Revision, Task Changed) Since(long revision, string? ns)
    {
        lock (_lock)
        {
            var events = _log.Where(e => e.Revision > revision && (ns is null || e.Object.GetNamespace() == ns))
                .Select(e => (e.Revision, e.Type, (JsonObject)e.Object.DeepClone()))
                .ToList();
            return (events, _revision, _changed.Task);
        }
    }

    /// <summary>The current objects as synthetic ADDED events (a watch without resourceVersion).</summary>
    public IReadOnlyList<JsonObject> Snapshot(string? ns) => List(ns, null, 0, null).Items;

    private JsonObject Commit(string ns, string name, string type, JsonObject stored)
    {
        _revision++;
        stored.SetResourceVersion(_revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _objects[Key(ns, name)] = stored;
        _log.Add((_revision, type, (JsonObject)stored.DeepClone()));
        Signal();
        return (JsonObject)stored.DeepClone();
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private JsonObject GetLocked(string ns, string name) =>
        _objects.GetValueOrDefault(Key(ns, name)) ?? throw new StoreException(404, "NotFound", $"{Resource} \"{name}\" not found", Details(name));

    private JsonObject Normalize(JsonObject obj, string ns)
    {
        var stored = (JsonObject)obj.DeepClone();
        stored["apiVersion"] = apiVersion;
        stored["kind"] = kind;
        stored.SetNamespace(ns);
        return stored;
    }

    private JsonObject Details(string name) => new() { ["name"] = name, ["kind"] = Resource };

    private static string Key(string ns, string name) => $"{ns}/{name}";

    private static bool Matches(JsonObject obj, string? selector)
    {
        if (string.IsNullOrEmpty(selector))
        {
            return true;
        }

        var labels = obj.GetLabels();
        foreach (var requirement in selector.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = requirement.Split('=', 2);
            if (parts.Length == 1 ? !labels.ContainsKey(parts[0]) : labels.GetValueOrDefault(parts[0]) != parts[1])
            {
                return false;
            }
        }

        return true;
    }
}
