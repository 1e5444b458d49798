using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>
/// The simulation's informer: the latest version of every object it acts on, by key and by
/// resource, with an index from an owner's uid to its dependents. Objects are shared: clone before
/// changing one.
/// </summary>
internal sealed class ObjectCache
{
    private readonly Dictionary<string, Dictionary<ResourceKey, Cached>> _byResource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<ResourceKey>> _dependents = new(StringComparer.Ordinal);

    public JsonObject? Get(ResourceKey key) =>
        _byResource.TryGetValue(key.Resource, out var objects) && objects.TryGetValue(key, out var cached) ? cached.Object : null;

    public IEnumerable<KeyValuePair<ResourceKey, JsonObject>> All(string resource) =>
        _byResource.TryGetValue(resource, out var objects)
            ? objects.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Object))
            : [];

    /// <summary>Whether this version (or a newer one) of the object is already cached.</summary>
    public bool Has(ResourceKey key, long revision) =>
        _byResource.TryGetValue(key.Resource, out var objects) && objects.TryGetValue(key, out var cached) && cached.Revision >= revision;

    public int Count(string resource) => _byResource.TryGetValue(resource, out var objects) ? objects.Count : 0;

    /// <summary>Objects whose ownerReferences name this uid.</summary>
    public IEnumerable<KeyValuePair<ResourceKey, JsonObject>> Dependents(string? uid, string resource)
    {
        if (uid is null || !_dependents.TryGetValue(uid, out var keys))
        {
            yield break;
        }

        foreach (var key in keys)
        {
            if (key.Resource == resource && Get(key) is { } obj)
            {
                yield return KeyValuePair.Create(key, obj);
            }
        }
    }

    public IReadOnlyList<ResourceKey> AllDependents(string uid) => _dependents.TryGetValue(uid, out var keys) ? keys.ToList() : [];

    /// <summary>Stores a version unless a newer one is already cached; returns the version replaced (or null) and whether it was applied.</summary>
    public (bool Applied, JsonObject? Previous) Put(ResourceKey key, long revision, JsonObject obj)
    {
        if (!_byResource.TryGetValue(key.Resource, out var objects))
        {
            objects = [];
            _byResource[key.Resource] = objects;
        }

        objects.TryGetValue(key, out var existing);
        if (existing is not null && existing.Revision >= revision)
        {
            return (false, null);
        }

        if (existing is not null)
        {
            Unindex(key, existing.Object);
        }

        objects[key] = new Cached(revision, obj);
        foreach (var owner in OwnerUids(obj))
        {
            if (!_dependents.TryGetValue(owner, out var set))
            {
                set = [];
                _dependents[owner] = set;
            }

            set.Add(key);
        }

        return (true, existing?.Object);
    }

    /// <summary>Forgets an object deleted at this revision; returns its last cached version.</summary>
    public JsonObject? Remove(ResourceKey key, long revision)
    {
        if (!_byResource.TryGetValue(key.Resource, out var objects) || !objects.TryGetValue(key, out var existing) || existing.Revision > revision)
        {
            return null;
        }

        objects.Remove(key);
        Unindex(key, existing.Object);
        return existing.Object;
    }

    public static string? Uid(JsonObject obj) => obj["metadata"]?["uid"]?.ToString();

    /// <summary>The uids an object's ownerReferences name (a plain loop: this runs for every cached change).</summary>
    public static IReadOnlyList<string> OwnerUids(JsonObject obj)
    {
        if (obj["metadata"]?["ownerReferences"] is not JsonArray { Count: > 0 } owners)
        {
            return [];
        }

        var uids = new List<string>(owners.Count);
        for (var i = 0; i < owners.Count; i++)
        {
            if (owners[i] is JsonObject owner && owner["uid"]?.ToString() is { } uid)
            {
                uids.Add(uid);
            }
        }

        return uids;
    }

    private void Unindex(ResourceKey key, JsonObject obj)
    {
        foreach (var owner in OwnerUids(obj))
        {
            if (_dependents.TryGetValue(owner, out var set))
            {
                set.Remove(key);
                if (set.Count == 0)
                {
                    _dependents.Remove(owner);
                }
            }
        }
    }

    private sealed record Cached(long Revision, JsonObject Object);
}
