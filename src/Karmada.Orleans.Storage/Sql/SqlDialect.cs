using System.Data;
using System.Data.Common;

namespace Karmada.Orleans.Storage.Sql;

/// <summary>What differs between SQLite and PostgreSQL: connections, DDL, and how a writer takes the revision lock.</summary>
public abstract class SqlDialect
{
    public abstract string Name { get; }

    /// <summary>True when several silos share the database, so watchers must follow the log written by others.</summary>
    public abstract bool IsShared { get; }

    public abstract DbConnection CreateConnection();

    public abstract IReadOnlyList<string> SchemaStatements { get; }

    /// <summary>Opens the write transaction of one batch; afterwards the revision row is locked against other writers.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A read transaction that sees one snapshot (for consistent list pages).</summary>
    public virtual Task<DbTransaction> BeginSnapshotReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).AsTask();

    public virtual Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await PrepareConnectionAsync(connection, cancellationToken);
        return connection;
    }
}
