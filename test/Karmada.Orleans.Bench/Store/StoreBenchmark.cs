using System.Diagnostics;
using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;
using Karmada.Orleans.Storage.Sql;

namespace Karmada.Orleans.Bench.Store;

/// <summary>
/// Object store throughput: creates/s with many concurrent writers (group commit at work) and
/// watch events/s delivered to one watcher, on SQLite and PostgreSQL.
/// </summary>
public static class StoreBenchmark
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchArgs args)
    {
        var backend = args.GetString("backend", "both");
        var writers = args.GetInt("writers", 64);
        var objects = args.GetInt("objects", 20_000);
        var results = new List<BenchResult>();
        if (backend is "sqlite" or "both")
        {
            var dir = Directory.CreateTempSubdirectory("karmada-bench-");
            try
            {
                results.AddRange(await MeasureAsync("sqlite", new SqliteDialect(Path.Combine(dir.FullName, "karmada.db")), writers, objects));
            }
            finally
            {
                dir.Delete(recursive: true);
            }
        }

        if (backend is "postgres" or "both")
        {
            var connection = args.Get("postgres") ?? await PostgresForBench.CreateDatabaseAsync();
            results.AddRange(await MeasureAsync("postgres", new PostgresDialect(connection), writers, objects));
        }

        return results;
    }

    private static async Task<IReadOnlyList<BenchResult>> MeasureAsync(string name, SqlDialect dialect, int writers, int objects)
    {
        await using var store = await SqlObjectStore.OpenAsync(dialect, new ObjectStoreOptions { CompactionInterval = TimeSpan.Zero });
        // Revision 0 means "from now" to a watch, so start after a marker write.
        var start = (await store.CreateAsync(new ResourceKey("configmaps", "bench", "marker"), ConfigMap(-1))).Revision;

        // The watcher counts every event of the create run, delivered while writers write.
        var delivered = 0L;
        var watchDone = new TaskCompletionSource();
        using var cancel = new CancellationTokenSource();
        var watching = Task.Run(async () =>
        {
            try
            {
                await foreach (var _ in store.WatchAsync("configmaps", new WatchOptions { FromRevision = start }, cancel.Token))
                {
                    if (Interlocked.Increment(ref delivered) == objects)
                    {
                        watchDone.TrySetResult();
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        });

        var next = -1;
        var latencies = new double[objects];
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < objects)
            {
                var begin = Stopwatch.GetTimestamp();
                await store.CreateAsync(new ResourceKey("configmaps", "bench", $"cm-{i}"), ConfigMap(i));
                latencies[i] = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
            }
        })));
        var createSeconds = watch.Elapsed.TotalSeconds;
        await watchDone.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var watchSeconds = watch.Elapsed.TotalSeconds;

        // A second watcher replays the whole history from the start: the catch-up rate.
        var replayed = 0;
        var replay = Stopwatch.StartNew();
        await foreach (var _ in store.WatchAsync("configmaps", new WatchOptions { FromRevision = start }))
        {
            if (++replayed == objects)
            {
                break;
            }
        }

        var replaySeconds = replay.Elapsed.TotalSeconds;
        await cancel.CancelAsync();
        await watching;
        Array.Sort(latencies);
        var p99 = latencies[(int)(latencies.Length * 0.99)];
        return
        [
            new BenchResult("store", $"{name}: creates", objects / createSeconds, "creates/s", $"{objects} ConfigMaps, {writers} concurrent writers, p99 {p99:F1} ms", 5_000),
            new BenchResult("store", $"{name}: live watch lag after last create", (watchSeconds - createSeconds) * 1000, "ms", $"one watcher following the create run received all {objects} events {(watchSeconds - createSeconds) * 1000:F0} ms after the last create returned"),
            new BenchResult("store", $"{name}: watch catch-up from history", replayed / replaySeconds, "events/s", $"one watcher replaying {replayed} events from the log", 20_000),
        ];
    }

    private static JsonObject ConfigMap(int i) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject { ["name"] = $"cm-{i}", ["labels"] = new JsonObject { ["app"] = "bench" } },
        ["data"] = new JsonObject { ["key"] = new string('x', 256) },
    };
}
