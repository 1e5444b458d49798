using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Storage.Watch;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Storage.Sql;

/// <summary>The single writer: drains queued writes into one transaction per batch and publishes the committed changes.</summary>
public sealed partial class SqlObjectStore
{
    private async Task WriterLoopAsync()
    {
        var batcher = new WriteBatcher(_writes.Reader, _options.MaxBatchSize, _options.DeferredResources);
        var batch = new List<WriteOperation>(_options.MaxBatchSize);
        while (await batcher.WaitAsync())
        {
            batcher.Next(batch);
            try
            {
                await CommitBatchAsync(batch);
            }
            catch (Exception ex)
            {
                LogBatchFailed(_logger, batch.Count, ex);
                foreach (var operation in batch)
                {
                    operation.Fail(ex);
                }

                await ReconnectWriterAsync();
            }
        }
    }

    private async Task ReconnectWriterAsync()
    {
        try
        {
            if (_writeConnection is not null)
            {
                await _writeConnection.DisposeAsync();
            }

            _writeConnection = await _dialect.OpenAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogBatchFailed(_logger, 0, ex);
        }
    }

    private async Task CommitBatchAsync(List<WriteOperation> batch)
    {
        var connection = _writeConnection!;
        var cancellationToken = CancellationToken.None;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken);
        var (revision, _) = await ReadMetaAsync(connection, transaction, cancellationToken);
        var current = await ReadCurrentAsync(connection, transaction, batch.Select(o => o.Key.StorageKey).Distinct().ToList(), cancellationToken);
        var now = _time.GetUtcNow();
        var changes = new List<ChangeRecord>();
        foreach (var operation in batch)
        {
            try
            {
                if (Apply(operation, current, revision + 1, now) is { } change)
                {
                    revision++;
                    changes.Add(change);
                }
            }
            catch (StoreException ex)
            {
                operation.Error = ex;
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                operation.Error = new StoreException(StoreErrorKind.Invalid, $"{operation.Key}: {ex.Message}");
            }
        }

        if (changes.Count > 0)
        {
            await WriteChangesAsync(connection, transaction, changes, revision, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var change in changes)
        {
            if (change.Type == WatchEventType.Deleted)
            {
                _cache.Remove(change.Object.Key.StorageKey);
            }
            else
            {
                _cache.Put(change.Object);
            }
        }

        if (changes.Count > 0)
        {
            InterlockedMax(ref _revision, revision);
            if (_dialect.IsShared)
            {
                _tailSignal.Release();
            }
            else
            {
                _hub.Publish(changes, revision);
            }
        }

        StoreMetrics.CommitDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        StoreMetrics.CommitBatchSize.Record(batch.Count);
        foreach (var operation in batch)
        {
            StoreMetrics.Writes.Add(1, new("resource", operation.Key.Resource), new("operation", OperationNames[(int)operation.Kind]), new("result", operation.Error is StoreException e ? e.Kind.ToString() : "ok"));
            operation.Complete();
        }
    }

    private static readonly string[] OperationNames = ["create", "update", "delete"];

    /// <summary>Applies one write to the batch's view of current objects; returns the change it makes, if any.</summary>
    private ChangeRecord? Apply(WriteOperation operation, Dictionary<string, StoredObject> current, long revision, DateTimeOffset now)
    {
        var key = operation.Key;
        current.TryGetValue(key.StorageKey, out var existing);
        var tracksGeneration = _options.TracksGeneration(key.Resource);
        switch (operation.Kind)
        {
            case WriteKind.Create:
            {
                if (existing is not null)
                {
                    throw ObjectMutations.AlreadyExists(key);
                }

                var created = new StoredObject(key, revision, ObjectMutations.Create(key, operation.Object!, revision, now, tracksGeneration));
                current[key.StorageKey] = created;
                operation.Result = new WriteResult(created, false);
                return new ChangeRecord(WatchEventType.Added, created, null);
            }

            case WriteKind.Update:
            {
                if (existing is null)
                {
                    throw ObjectMutations.NotFound(key);
                }

                var outcome = ObjectMutations.Update(key, operation.Object!, existing.Json, existing.Revision, revision, tracksGeneration);
                return Record(operation, current, existing, outcome, revision, WatchEventType.Modified);
            }

            default:
            {
                if (existing is null)
                {
                    throw ObjectMutations.NotFound(key);
                }

                var outcome = ObjectMutations.Delete(key, existing.ToJsonObject(), existing.Revision, operation.Preconditions, revision, now, tracksGeneration);
                return Record(operation, current, existing, outcome, revision, WatchEventType.Modified);
            }
        }
    }

    private static ChangeRecord? Record(WriteOperation operation, Dictionary<string, StoredObject> current, StoredObject existing, UpdateOutcome? outcome, long revision, WatchEventType type)
    {
        if (outcome is null)
        {
            operation.Result = new WriteResult(existing, false);
            return null;
        }

        var written = new StoredObject(operation.Key, revision, outcome.Json);
        if (outcome.Deleted)
        {
            current.Remove(operation.Key.StorageKey);
            operation.Result = new WriteResult(written, true);
            return new ChangeRecord(WatchEventType.Deleted, written, existing);
        }

        current[operation.Key.StorageKey] = written;
        operation.Result = new WriteResult(written, false);
        return new ChangeRecord(type, written, existing);
    }

    private async Task<Dictionary<string, StoredObject>> ReadCurrentAsync(DbConnection connection, DbTransaction transaction, List<string> batchKeys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoredObject>(batchKeys.Count, StringComparer.Ordinal);
        var keys = new List<string>(batchKeys.Count);
        foreach (var key in batchKeys)
        {
            if (_cache.TryGet(key, out var cached))
            {
                result[key] = cached;
            }
            else
            {
                keys.Add(key);
            }
        }

        for (var offset = 0; offset < keys.Count; offset += 500)
        {
            var slice = keys.Skip(offset).Take(500).ToList();
            var names = string.Join(", ", slice.Select((_, i) => $"@k{i}"));
            await using var command = connection.Command(
                $"SELECT o.key, o.resource, o.namespace, l.revision, l.data FROM kv_objects o JOIN kv_log l ON l.revision = o.revision WHERE o.key IN ({names})",
                transaction);
            for (var i = 0; i < slice.Count; i++)
            {
                command.With($"@k{i}", slice[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var storageKey = reader.GetString(0);
                result[storageKey] = new StoredObject(KeyOf(reader.GetString(1), reader.GetString(2), storageKey), reader.GetInt64(3), (byte[])reader[4]);
            }
        }

        return result;
    }

    private static async Task WriteChangesAsync(DbConnection connection, DbTransaction transaction, List<ChangeRecord> changes, long revision, CancellationToken cancellationToken)
    {
        // The last change of each key decides its row in kv_objects.
        var latest = new Dictionary<string, ChangeRecord>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            latest[change.Object.Key.StorageKey] = change;
        }

        var statements = new List<(string Sql, object?[] Values)>(changes.Count + latest.Count + 1);
        foreach (var change in changes)
        {
            var key = change.Object.Key;
            statements.Add((
                "INSERT INTO kv_log (revision, key, resource, namespace, type, prev_revision, data) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)",
                [change.Revision, key.StorageKey, key.Resource, key.Namespace, TypeOf(change.Type), change.Previous?.Revision, WholeArray(change.Object.Json)]));
        }

        foreach (var (storageKey, change) in latest)
        {
            statements.Add(change.Type == WatchEventType.Deleted
                ? ("DELETE FROM kv_objects WHERE key = @p0", [storageKey])
                : ("INSERT INTO kv_objects (key, resource, namespace, revision) VALUES (@p0, @p1, @p2, @p3) ON CONFLICT (key) DO UPDATE SET revision = excluded.revision",
                    [storageKey, change.Object.Key.Resource, change.Object.Key.Namespace, change.Revision]));
        }

        statements.Add(("UPDATE kv_meta SET value = @p0 WHERE name = 'revision'", [revision]));
        await ExecuteAllAsync(connection, transaction, statements, cancellationToken);
    }

    /// <summary>One round trip where the provider batches (PostgreSQL); prepared, repeated commands otherwise (SQLite).</summary>
    private static async Task ExecuteAllAsync(DbConnection connection, DbTransaction transaction, List<(string Sql, object?[] Values)> statements, CancellationToken cancellationToken)
    {
        if (connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var (sql, values) in statements)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = PositionalSql(sql, values.Length);
                foreach (var value in values)
                {
                    var parameter = command.CreateParameter();
                    parameter.Value = value ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        var prepared = new Dictionary<string, DbCommand>(StringComparer.Ordinal);
        try
        {
            foreach (var (sql, values) in statements)
            {
                if (!prepared.TryGetValue(sql, out var command))
                {
                    command = connection.Command(sql, transaction);
                    for (var i = 0; i < values.Length; i++)
                    {
                        command.With($"@p{i}", null);
                    }

                    prepared[sql] = command;
                }

                for (var i = 0; i < values.Length; i++)
                {
                    command.Parameters[i].Value = values[i] ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            foreach (var command in prepared.Values)
            {
                await command.DisposeAsync();
            }
        }
    }

    /// <summary>Batched commands use positional parameters ($1, $2, ...).</summary>
    private static string PositionalSql(string sql, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            sql = sql.Replace($"@p{i}", $"${i + 1}", StringComparison.Ordinal);
        }

        return sql;
    }

    /// <summary>The bytes as an array, without copying when they already are one.</summary>
    private static byte[] WholeArray(ReadOnlyMemory<byte> json) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(json, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : json.ToArray();

    private static int TypeOf(WatchEventType type) => type switch
    {
        WatchEventType.Added => TypeAdded,
        WatchEventType.Modified => TypeModified,
        _ => TypeDeleted,
    };

    /// <summary>Shared databases: other silos write too, so the hub is fed from the log in revision order.</summary>
    private async Task TailLoopAsync()
    {
        var last = _hub.Revision;
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await _tailSignal.WaitAsync(TimeSpan.FromMilliseconds(100), _stopping.Token);
                while (true)
                {
                    var changes = await ReadLogAsync(null, null, last, long.MaxValue, _stopping.Token, limit: 2000);
                    if (changes.Count == 0)
                    {
                        break;
                    }

                    last = changes[^1].Revision;
                    InterlockedMax(ref _revision, last);
                    _hub.Publish(changes, last);
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogBatchFailed(_logger, 0, ex);
                await Task.Delay(TimeSpan.FromMilliseconds(200), _time, CancellationToken.None);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The object store could not commit a batch of {Count} writes")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);
}
