using System.Collections.Concurrent;

namespace Karmada.Orleans.Persistence;

/// <summary>
/// Grain storage in process memory, for unit tests and in-process test clusters only (the silo
/// ships with SQLite or PostgreSQL). State is kept serialized so activations never share objects.
/// </summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string State, GrainId Grain), (long ETag, byte[] Data)> _records = new();
    private long _version;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_records.TryGetValue((stateName, grainId), out var record))
        {
            grainState.State = GrainStateSerializer.Deserialize<T>(record.Data);
            grainState.ETag = record.ETag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = PersistentState<T>.CreateDefault();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        var data = GrainStateSerializer.Serialize(grainState.State);
        lock (_records)
        {
            var stored = _records.TryGetValue(key, out var record) ? record.ETag.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException($"{grainId}:{stateName}", stored, grainState.ETag);
            }

            var next = (++_version, data);
            _records[key] = next;
            grainState.ETag = next.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        lock (_records)
        {
            var stored = _records.TryGetValue(key, out var record) ? record.ETag.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException($"{grainId}:{stateName}", stored, grainState.ETag);
            }

            _records.TryRemove(key, out _);
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }
}
