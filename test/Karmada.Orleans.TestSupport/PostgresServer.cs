using System.Diagnostics;
using Npgsql;

namespace Karmada.Orleans.TestSupport;

/// <summary>
/// A real PostgreSQL for tests, started once per machine by test/scripts/postgres.sh; every caller
/// gets a database of its own.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Server.Value;
        var name = $"t_{Guid.NewGuid():n}";
        await using (var connection = new NpgsqlConnection(admin + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0", connection);
            await command.ExecuteNonQueryAsync();
        }

        return $"{admin};Database={name};Maximum Pool Size=100";
    }

    private static async Task<string> StartAsync()
    {
        var script = RepositoryPaths.Path("test", "scripts", "postgres.sh");
        var start = new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"PostgreSQL could not be started by {script}: {error}");
        }

        return output.Trim();
    }
}
