using System.Diagnostics;
using Karmada.Orleans.Storage.Sql;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Storage.Tests;

/// <summary>A writer process killed with SIGKILL mid-stream: every write it had acknowledged must be there afterwards.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task Sqlite_loses_no_acknowledged_write_when_the_writer_is_killed() =>
        await KillAndVerifyAsync(await StoreBackends.NewSqliteAsync(), d => ["--sqlite", ((SqliteDialect)d).Path]);

    [Fact]
    public async Task Postgres_loses_no_acknowledged_write_when_the_writer_is_killed()
    {
        var connection = await PostgresServer.CreateDatabaseAsync();
        await KillAndVerifyAsync(new PostgresDialect(connection), _ => ["--postgres", connection]);
    }

    private static async Task KillAndVerifyAsync(SqlDialect dialect, Func<SqlDialect, string[]> target)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var bench = RepositoryPaths.Path("test", "Karmada.Orleans.Bench", "bin", configuration, "net10.0", "bench.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { bench, "store-writer" }.Concat(target(dialect)))
        {
            start.ArgumentList.Add(arg);
        }

        using var writer = Process.Start(start)!;
        var acknowledged = new List<string>();
        while (acknowledged.Count < 2000 && await writer.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("ack ", StringComparison.Ordinal))
            {
                acknowledged.Add(line[4..]);
            }
        }

        writer.Kill(entireProcessTree: true);
        await writer.WaitForExitAsync();
        Assert.True(acknowledged.Count >= 2000, await writer.StandardError.ReadToEndAsync());

        await using var store = await SqlObjectStore.OpenAsync(dialect);
        var names = (await store.ListAsync("configmaps", new ListOptions { Namespace = "crash" })).Items.Select(i => i.Key.Name).ToHashSet();
        var lost = acknowledged.Where(a => !names.Contains(a)).ToList();
        Assert.True(lost.Count == 0, $"lost {lost.Count} acknowledged writes, e.g. {string.Join(", ", lost.Take(5))}");
        Assert.True(store.CurrentRevision >= acknowledged.Count);
    }
}
