using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Karmada.Orleans.Storage.Sql;

/// <summary>
/// The latest committed version of recently written objects, so point reads (and the writer's own
/// read of a batch's current objects) skip the database. Write-through only: the single writer puts
/// every object it commits and removes every object it deletes, after the commit and before the
/// write is acknowledged, so a cached entry is never older than the database. Keys leave in the
/// order they were last written once the byte budget is exceeded; a miss reads the database.
/// Only for a database this process writes alone (another silo's writes would not be seen).
/// </summary>
public sealed class CurrentObjectCache(long budgetBytes)
{
    private readonly ConcurrentDictionary<string, StoredObject> _objects = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, long Revision)> _order = new();
    private long _bytes;
    /// <summary>Entries cached, kept by the writer (ConcurrentDictionary.Count takes every lock).</summary>
    private int _count;

    public long Bytes => Volatile.Read(ref _bytes);

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(string storageKey, [NotNullWhen(true)] out StoredObject? obj) => _objects.TryGetValue(storageKey, out obj);

    /// <summary>Records a committed write. Called by the writer only.</summary>
    public void Put(StoredObject obj)
    {
        if (budgetBytes <= 0)
        {
            return;
        }

        var key = obj.Key.StorageKey;
        if (_objects.TryGetValue(key, out var old))
        {
            _bytes -= old.Json.Length;
        }
        else
        {
            _count++;
        }

        _objects[key] = obj;
        _bytes += obj.Json.Length;
        _order.Enqueue((key, obj.Revision));
        Evict();
    }

    /// <summary>Records a committed deletion. Called by the writer only.</summary>
    public void Remove(string storageKey)
    {
        if (_objects.TryRemove(storageKey, out var old))
        {
            _bytes -= old.Json.Length;
            _count--;
        }
    }

    private void Evict()
    {
        while (_bytes > budgetBytes && _order.TryDequeue(out var oldest))
        {
            // A key written again since is queued again; only its latest queue entry evicts it.
            if (_objects.TryGetValue(oldest.Key, out var current) && current.Revision == oldest.Revision)
            {
                _objects.TryRemove(oldest.Key, out _);
                _bytes -= current.Json.Length;
                _count--;
            }
        }

        // Stale queue entries of rewritten keys would otherwise pile up while the budget is not reached.
        if (_order.Count > 4 * Math.Max(_count, 1024))
        {
            var live = _order.Where(e => _objects.TryGetValue(e.Key, out var o) && o.Revision == e.Revision).ToList();
            _order.Clear();
            foreach (var entry in live)
            {
                _order.Enqueue(entry);
            }
        }
    }
}
