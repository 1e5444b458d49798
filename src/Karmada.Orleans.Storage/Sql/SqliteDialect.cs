using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Karmada.Orleans.Storage.Sql;

/// <summary>SQLite in WAL mode with full fsync on commit: the embedded default, one silo per file.</summary>
public sealed class SqliteDialect(string path) : SqlDialect
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public string Path => path;

    public override string Name => "sqlite";

    public override bool IsShared => false;

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public override async Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=OFF;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // IMMEDIATE takes the write lock up front, so the revision read below cannot go stale.
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override Task<DbTransaction> BeginSnapshotReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override IReadOnlyList<string> SchemaStatements { get; } =
    [
        "CREATE TABLE IF NOT EXISTS kv_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
        "INSERT OR IGNORE INTO kv_meta(name, value) VALUES ('revision', 0), ('compacted', 0)",
        """
        CREATE TABLE IF NOT EXISTS kv_log (
            revision INTEGER PRIMARY KEY, key TEXT NOT NULL, resource TEXT NOT NULL, namespace TEXT NOT NULL,
            type INTEGER NOT NULL, prev_revision INTEGER, data BLOB NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS kv_log_key ON kv_log(key, revision)",
        "CREATE INDEX IF NOT EXISTS kv_log_resource ON kv_log(resource, revision)",
        "CREATE INDEX IF NOT EXISTS kv_log_resource_key ON kv_log(resource, key)",
        """
        CREATE TABLE IF NOT EXISTS kv_objects (
            key TEXT PRIMARY KEY, resource TEXT NOT NULL, namespace TEXT NOT NULL, revision INTEGER NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS kv_objects_list ON kv_objects(resource, namespace, key)",
        """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_id TEXT NOT NULL, state_name TEXT NOT NULL, etag TEXT NOT NULL, data BLOB NOT NULL,
            PRIMARY KEY (grain_id, state_name))
        """,
        """
        CREATE TABLE IF NOT EXISTS grain_reminders (
            grain_id TEXT NOT NULL, reminder_name TEXT NOT NULL, start_at_ms INTEGER NOT NULL, period_ms INTEGER NOT NULL,
            PRIMARY KEY (grain_id, reminder_name))
        """,
    ];
}
