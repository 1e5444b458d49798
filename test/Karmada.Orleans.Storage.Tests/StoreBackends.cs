using Karmada.Orleans.Storage.Sql;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Storage.Tests;

/// <summary>Fresh databases for the store contract tests, one per test.</summary>
public static class StoreBackends
{
    public static async Task<SqlDialect> NewSqliteAsync()
    {
        var dir = Directory.CreateTempSubdirectory("karmada-store-");
        await Task.CompletedTask;
        return new SqliteDialect(Path.Combine(dir.FullName, "karmada.db"));
    }

    public static async Task<SqlDialect> NewPostgresAsync() => new PostgresDialect(await PostgresServer.CreateDatabaseAsync());
}
