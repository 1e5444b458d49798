using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Karmada.Orleans.Storage.Watch;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Karmada.Orleans.Storage.Sql;

/// <summary>
/// The object store over SQLite or PostgreSQL, in the style of kine: a log table with one row per
/// revision and an index of each key's current revision. Writes are queued and committed in
/// batches (group commit): one transaction, one fsync, many writes.
/// </summary>
public sealed partial class SqlObjectStore : IObjectStore
{
    private const int TypeAdded = 0;
    private const int TypeModified = 1;
    private const int TypeDeleted = 2;

    private readonly SqlDialect _dialect;
    private readonly ObjectStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<WriteOperation> _writes = Channel.CreateUnbounded<WriteOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly WatchHub _hub;
    private readonly CurrentObjectCache _cache;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _tailSignal = new(0);
    private DbConnection? _writeConnection;
    private Task _writer = Task.CompletedTask;
    private Task _tailer = Task.CompletedTask;
    private ITimer? _compactionTimer;
    private long _lastCompactionMark;
    private long _revision;
    private long _compacted;

    private SqlObjectStore(SqlDialect dialect, ObjectStoreOptions options, TimeProvider time, ILogger logger)
    {
        _dialect = dialect;
        _options = options;
        _time = time;
        _logger = logger;
        _hub = new WatchHub(options.RecentEventCapacity, options.WatcherBufferCapacity);
        _cache = new CurrentObjectCache(dialect.IsShared ? 0 : options.CurrentObjectCacheBytes);
    }

    public SqlDialect Dialect => _dialect;

    public long CurrentRevision => Volatile.Read(ref _revision);

    public long CompactedRevision => Volatile.Read(ref _compacted);

    public static async Task<SqlObjectStore> OpenAsync(SqlDialect dialect, ObjectStoreOptions? options = null, TimeProvider? time = null, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        var store = new SqlObjectStore(dialect, options ?? new ObjectStoreOptions(), time ?? TimeProvider.System, logger ?? NullLogger.Instance);
        await store.InitializeAsync(cancellationToken);
        return store;
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        _writeConnection = await _dialect.OpenAsync(cancellationToken);
        foreach (var statement in _dialect.SchemaStatements)
        {
            await using var command = _writeConnection.Command(statement);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        (_revision, _compacted) = await ReadMetaAsync(_writeConnection, null, cancellationToken);
        _hub.Initialize(_revision);
        _lastCompactionMark = _revision;
        _writer = Task.Run(WriterLoopAsync, CancellationToken.None);
        if (_dialect.IsShared)
        {
            _tailer = Task.Run(TailLoopAsync, CancellationToken.None);
        }

        if (_options.CompactionInterval > TimeSpan.Zero)
        {
            _compactionTimer = _time.CreateTimer(_ => _ = CompactOnScheduleAsync(), null, _options.CompactionInterval, _options.CompactionInterval);
        }
    }

    public async Task<StoredObject?> GetAsync(ResourceKey key, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGet(key.StorageKey, out var cached))
        {
            return cached;
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT l.revision, l.data FROM kv_objects o JOIN kv_log l ON l.revision = o.revision WHERE o.key = @key")
            .With("@key", key.StorageKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredObject(key, reader.GetInt64(0), (byte[])reader[1]) : null;
    }

    public async Task<StoredObject> CreateAsync(ResourceKey key, JsonObject obj, CancellationToken cancellationToken = default) =>
        (await EnqueueAsync(new WriteOperation(WriteKind.Create, key, obj, null), cancellationToken)).Object;

    public async Task<StoredObject> UpdateAsync(ResourceKey key, JsonObject obj, CancellationToken cancellationToken = default) =>
        (await EnqueueAsync(new WriteOperation(WriteKind.Update, key, obj, null), cancellationToken)).Object;

    public async Task<DeleteResult> DeleteAsync(ResourceKey key, DeletePreconditions? preconditions = null, CancellationToken cancellationToken = default)
    {
        var result = await EnqueueAsync(new WriteOperation(WriteKind.Delete, key, null, preconditions), cancellationToken);
        return new DeleteResult(result.Object, result.Deleted);
    }

    private async Task<WriteResult> EnqueueAsync(WriteOperation operation, CancellationToken cancellationToken)
    {
        if (!_writes.Writer.TryWrite(operation))
        {
            throw new ObjectDisposedException(nameof(SqlObjectStore));
        }

        // Once queued, a write is not abandoned: the caller may stop waiting, the write still commits.
        return await operation.Completion.WaitAsync(cancellationToken);
    }

    public async Task<ListResult> ListAsync(string resource, ListOptions options, CancellationToken cancellationToken = default)
    {
        var token = options.Continue is { Length: > 0 } c ? ContinueToken.Decode(c) : null;
        var ns = options.Namespace ?? options.FieldSelector?.RequiredValue("metadata.namespace");
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var transaction = await _dialect.BeginSnapshotReadAsync(connection, cancellationToken);
        var (current, compacted) = await ReadMetaAsync(connection, transaction, cancellationToken);
        var at = token?.Revision ?? current;
        if (token is not null && at < compacted)
        {
            throw new StoreException(StoreErrorKind.Expired,
                "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.");
        }

        var limit = options.Limit > 0 ? options.Limit : int.MaxValue;
        var chunk = options.Limit > 0 ? Math.Min(options.Limit + 1, 1000) : 1000;
        var after = token?.StartAfter ?? "";
        var items = new List<StoredObject>();
        string? continueAfter = null;
        while (true)
        {
            var rows = at == current
                ? await QueryCurrentAsync(connection, transaction, resource, ns, after, chunk, cancellationToken)
                : await QueryAtAsync(connection, transaction, resource, ns, after, chunk, at, cancellationToken);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                after = row.StorageKey;
                if (row.Deleted || !Selectors.ObjectSelection.Matches(row.Object, options.LabelSelector, options.FieldSelector))
                {
                    continue;
                }

                items.Add(row.Object);
                if (items.Count == limit)
                {
                    var more = i < rows.Count - 1 || rows.Count == chunk;
                    continueAfter = more ? row.StorageKey : null;
                    long? remaining = more && at == current && options.LabelSelector is not { IsEmpty: false } && options.FieldSelector is not { IsEmpty: false }
                        ? await CountAfterAsync(connection, transaction, resource, ns, row.StorageKey, cancellationToken)
                        : null;
                    return new ListResult(items, at, continueAfter is null ? null : new ContinueToken(at, continueAfter).Encode(), remaining is 0 ? null : remaining);
                }
            }

            if (rows.Count < chunk)
            {
                return new ListResult(items, at, null, null);
            }
        }
    }

    /// <summary>Objects of the resource after a key (kube-apiserver's remainingItemCount, given only for unfiltered lists).</summary>
    private static async Task<long> CountAfterAsync(DbConnection connection, DbTransaction transaction, string resource, string? ns, string after, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT COUNT(*) FROM kv_objects WHERE resource = @resource" + (ns is null ? "" : " AND namespace = @ns") + " AND key > @after", transaction)
            .With("@resource", resource).With("@after", after);
        if (ns is not null)
        {
            command.With("@ns", ns);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<Row>> QueryCurrentAsync(DbConnection connection, DbTransaction transaction, string resource, string? ns, string after, int chunk, CancellationToken cancellationToken)
    {
        var sql = "SELECT o.key, o.namespace, l.revision, l.data, l.type FROM kv_objects o JOIN kv_log l ON l.revision = o.revision "
            + "WHERE o.resource = @resource" + (ns is null ? "" : " AND o.namespace = @ns") + " AND o.key > @after ORDER BY o.key LIMIT @limit";
        return await QueryRowsAsync(connection, transaction, sql, resource, ns, after, chunk, null, cancellationToken);
    }

    private async Task<List<Row>> QueryAtAsync(DbConnection connection, DbTransaction transaction, string resource, string? ns, string after, int chunk, long at, CancellationToken cancellationToken)
    {
        var sql = "SELECT l.key, l.namespace, l.revision, l.data, l.type FROM kv_log l WHERE l.resource = @resource"
            + (ns is null ? "" : " AND l.namespace = @ns")
            + " AND l.key > @after AND l.revision = (SELECT MAX(h.revision) FROM kv_log h WHERE h.key = l.key AND h.revision <= @at)"
            + " ORDER BY l.key LIMIT @limit";
        return await QueryRowsAsync(connection, transaction, sql, resource, ns, after, chunk, at, cancellationToken);
    }

    private static async Task<List<Row>> QueryRowsAsync(DbConnection connection, DbTransaction transaction, string sql, string resource, string? ns, string after, int chunk, long? at, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, transaction).With("@resource", resource).With("@after", after).With("@limit", chunk);
        if (ns is not null)
        {
            command.With("@ns", ns);
        }

        if (at is { } revision)
        {
            command.With("@at", revision);
        }

        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var storageKey = reader.GetString(0);
            var key = KeyOf(resource, reader.GetString(1), storageKey);
            rows.Add(new Row(storageKey, new StoredObject(key, reader.GetInt64(2), (byte[])reader[3]), reader.GetInt32(4) == TypeDeleted));
        }

        return rows;
    }

    private static ResourceKey KeyOf(string resource, string ns, string storageKey) =>
        new(resource, ns, storageKey[(resource.Length + ns.Length + 2)..]);

    public IAsyncEnumerable<WatchEvent> WatchAsync(string resource, WatchOptions options, CancellationToken cancellationToken = default) =>
        HubWatcher.WatchAsync(_hub, resource, options, () => CurrentRevision, () => CompactedRevision,
            (after, upTo, ct) => ReadLogAsync(resource == WatchHub.AllResources ? null : resource, options.Namespace, after, upTo, ct), cancellationToken);

    private async Task<IReadOnlyList<ChangeRecord>> ReadLogAsync(string? resource, string? ns, long after, long upTo, CancellationToken cancellationToken, int limit = int.MaxValue)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        var sql = "SELECT l.revision, l.key, l.resource, l.namespace, l.type, l.data, p.revision, p.data FROM kv_log l LEFT JOIN kv_log p ON p.revision = l.prev_revision "
            + "WHERE l.revision > @after AND l.revision <= @upTo"
            + (resource is null ? "" : " AND l.resource = @resource") + (ns is null ? "" : " AND l.namespace = @ns")
            + " ORDER BY l.revision" + (limit == int.MaxValue ? "" : " LIMIT @limit");
        await using var command = connection.Command(sql).With("@after", after).With("@upTo", upTo);
        if (resource is not null)
        {
            command.With("@resource", resource);
        }

        if (ns is not null)
        {
            command.With("@ns", ns);
        }

        if (limit != int.MaxValue)
        {
            command.With("@limit", limit);
        }

        var changes = new List<ChangeRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = KeyOf(reader.GetString(2), reader.GetString(3), reader.GetString(1));
            var type = reader.GetInt32(4) switch { TypeAdded => WatchEventType.Added, TypeModified => WatchEventType.Modified, _ => WatchEventType.Deleted };
            var previous = reader.IsDBNull(6) ? null : new StoredObject(key, reader.GetInt64(6), (byte[])reader[7]);
            changes.Add(new ChangeRecord(type, new StoredObject(key, reader.GetInt64(0), (byte[])reader[5]), previous));
        }

        return changes;
    }

    public async Task CompactAsync(long revision, CancellationToken cancellationToken = default)
    {
        revision = Math.Min(revision, CurrentRevision);
        if (revision <= CompactedRevision)
        {
            return;
        }

        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken);
        await using (var delete = connection.Command(
            "DELETE FROM kv_log WHERE revision < @c AND (type = 2 OR EXISTS (SELECT 1 FROM kv_log n WHERE n.key = kv_log.key AND n.revision > kv_log.revision AND n.revision <= @c))",
            transaction).With("@c", revision))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var mark = connection.Command("UPDATE kv_meta SET value = @c WHERE name = 'compacted' AND value < @c", transaction).With("@c", revision))
        {
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        InterlockedMax(ref _compacted, revision);
    }

    private async Task CompactOnScheduleAsync()
    {
        // Like kube-apiserver: compact up to the revision seen one interval ago.
        var target = _lastCompactionMark;
        _lastCompactionMark = CurrentRevision;
        try
        {
            await CompactAsync(target, _stopping.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCompactionFailed(_logger, ex);
        }
    }

    private async Task<DbConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<(long Revision, long Compacted)> ReadMetaAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT name, value FROM kv_meta WHERE name IN ('revision', 'compacted')", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long revision = 0, compacted = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetString(0) == "revision")
            {
                revision = reader.GetInt64(1);
            }
            else
            {
                compacted = reader.GetInt64(1);
            }
        }

        return (revision, compacted);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        try
        {
            await _writer;
        }
        catch (OperationCanceledException)
        {
        }

        await _stopping.CancelAsync();
        try
        {
            await _tailer;
        }
        catch (OperationCanceledException)
        {
        }

        if (_compactionTimer is not null)
        {
            await _compactionTimer.DisposeAsync();
        }

        if (_writeConnection is not null)
        {
            await _writeConnection.DisposeAsync();
        }
    }

    private readonly record struct Row(string StorageKey, StoredObject Object, bool Deleted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Compaction of the object store failed")]
    private static partial void LogCompactionFailed(ILogger logger, Exception exception);
}
