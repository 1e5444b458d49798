using System.Threading.Channels;

namespace Karmada.Orleans.Storage.Sql;

/// <summary>
/// Forms the writer's batches from the queue of writes: writes to deferred resources (events, which
/// Kubernetes records best-effort) yield to the other writes queued with them, so a burst of events
/// does not hold up the writes a controller waits on; a quarter of every batch stays open to them so
/// they are never starved.
/// </summary>
internal sealed class WriteBatcher(ChannelReader<WriteOperation> queue, int maxBatchSize, ISet<string> deferredResources)
{
    private readonly Queue<WriteOperation> _deferred = new();

    /// <summary>Writes set aside for a later batch.</summary>
    public int Deferred => _deferred.Count;

    /// <summary>Waits until there is something to write; false once the queue is completed and everything is written.</summary>
    public async ValueTask<bool> WaitAsync() => _deferred.Count > 0 || await queue.WaitToReadAsync();

    /// <summary>Fills <paramref name="batch"/> (cleared first) with the next writes to commit, in queue order within each kind.</summary>
    public void Next(List<WriteOperation> batch)
    {
        batch.Clear();
        while (batch.Count < maxBatchSize && queue.TryRead(out var operation))
        {
            if (deferredResources.Contains(operation.Key.Resource))
            {
                _deferred.Enqueue(operation);
            }
            else
            {
                batch.Add(operation);
            }
        }

        var room = Math.Max(maxBatchSize - batch.Count, maxBatchSize / 4);
        while (room-- > 0 && _deferred.TryDequeue(out var deferred))
        {
            batch.Add(deferred);
        }
    }
}
