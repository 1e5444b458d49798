using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;
using Karmada.Orleans.Storage.Sql;

namespace Karmada.Orleans.Bench.Store;

/// <summary>
/// bench store-writer --sqlite PATH | --postgres CONN: writes ConfigMaps from 16 concurrent writers
/// forever and prints "ack NAME" once each create is acknowledged. The crash test kills it with
/// SIGKILL and checks that every acknowledged write survived.
/// </summary>
public static class AckingWriter
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        SqlDialect dialect = args.Get("postgres") is { } pg ? new PostgresDialect(pg) : new SqliteDialect(args.Get("sqlite") ?? throw new ArgumentException("--sqlite PATH or --postgres CONN"));
        await using var store = await SqlObjectStore.OpenAsync(dialect);
        var output = Console.Out;
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var name = $"cm-{Interlocked.Increment(ref next)}";
                await store.CreateAsync(new ResourceKey("configmaps", "crash", name), new JsonObject { ["metadata"] = new JsonObject(), ["data"] = new JsonObject { ["n"] = name } });
                lock (output)
                {
                    output.WriteLine($"ack {name}");
                    output.Flush();
                }
            }
        })));
        return 0;
    }
}
