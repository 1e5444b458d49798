using System.Diagnostics;
using Npgsql;

namespace Karmada.Orleans.Bench.Store;

/// <summary>Starts the repository's private PostgreSQL (test/scripts/postgres.sh) and creates a fresh database.</summary>
public static class PostgresForBench
{
    public static async Task<string> CreateDatabaseAsync()
    {
        var script = FindScript();
        using var process = Process.Start(new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true })!;
        var admin = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("PostgreSQL could not be started; pass --postgres CONNECTION_STRING or install postgresql.");
        }

        var name = $"bench_{Guid.NewGuid():n}";
        await using var connection = new NpgsqlConnection(admin + ";Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0", connection);
        await command.ExecuteNonQueryAsync();
        return $"{admin};Database={name};Maximum Pool Size=100";
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "test", "scripts", "postgres.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("test/scripts/postgres.sh not found; run bench from the repository.");
    }
}
