using System.Data.Common;
using Npgsql;

namespace Karmada.Orleans.Storage.Sql;

/// <summary>
/// PostgreSQL: production and multi-silo. Writers serialize on the revision row (SELECT ... FOR UPDATE),
/// so revisions commit in order and readers following the log never see a gap.
/// </summary>
public sealed class PostgresDialect(string connectionString) : SqlDialect
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Name => "postgres";

    public override bool IsShared => true;

    public override DbConnection CreateConnection() => _dataSource.CreateConnection();

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM kv_meta WHERE name = 'revision' FOR UPDATE";
        await command.ExecuteScalarAsync(cancellationToken);
        return transaction;
    }

    public override IReadOnlyList<string> SchemaStatements { get; } =
    [
        "CREATE TABLE IF NOT EXISTS kv_meta (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
        "INSERT INTO kv_meta(name, value) VALUES ('revision', 0), ('compacted', 0) ON CONFLICT DO NOTHING",
        """
        CREATE TABLE IF NOT EXISTS kv_log (
            revision BIGINT PRIMARY KEY, key TEXT NOT NULL COLLATE "C", resource TEXT NOT NULL COLLATE "C", namespace TEXT NOT NULL COLLATE "C",
            type INTEGER NOT NULL, prev_revision BIGINT, data BYTEA NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS kv_log_key ON kv_log(key, revision)",
        "CREATE INDEX IF NOT EXISTS kv_log_resource ON kv_log(resource, revision)",
        "CREATE INDEX IF NOT EXISTS kv_log_resource_key ON kv_log(resource, key)",
        """
        CREATE TABLE IF NOT EXISTS kv_objects (
            key TEXT PRIMARY KEY COLLATE "C", resource TEXT NOT NULL COLLATE "C", namespace TEXT NOT NULL COLLATE "C", revision BIGINT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS kv_objects_list ON kv_objects(resource, namespace, key)",
        """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_id TEXT NOT NULL, state_name TEXT NOT NULL, etag TEXT NOT NULL, data BYTEA NOT NULL,
            PRIMARY KEY (grain_id, state_name))
        """,
        """
        CREATE TABLE IF NOT EXISTS grain_reminders (
            grain_id TEXT NOT NULL, reminder_name TEXT NOT NULL, start_at_ms BIGINT NOT NULL, period_ms BIGINT NOT NULL,
            PRIMARY KEY (grain_id, reminder_name))
        """,
    ];

    public NpgsqlDataSource DataSource => _dataSource;
}
