using System.Diagnostics;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Bench.Api;

/// <summary>
/// The same workload against any Kubernetes API server: create N ConfigMaps and N Deployments with C
/// concurrent clients, get each, list all (paginated), update each, count watch events, delete all.
/// </summary>
public sealed class ApiWorkload(KubernetesClusterClient client, int concurrency, int objects, string ns)
{
    private static readonly GroupVersionResource ConfigMaps = new("", "v1", "configmaps");
    private static readonly GroupVersionResource Deployments = new("apps", "v1", "deployments");
    private static readonly GroupVersionResource Namespaces = new("", "v1", "namespaces");

    public long WatchEvents { get; private set; }

    public long WatchExpected { get; private set; }

    public async Task<LatencyRecorder> RunAsync()
    {
        var recorder = new LatencyRecorder();
        try
        {
            await client.Resource(Namespaces).CreateAsync(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = ns } });
        }
        catch (Karmada.Orleans.Members.Errors.KubernetesAlreadyExistsException)
        {
        }

        var configMaps = client.Resource(ConfigMaps).Namespace(ns);
        var deployments = client.Resource(Deployments).Namespace(ns);

        // A watcher counts the events of the whole run.
        var watched = 0L;
        using var stopWatch = new CancellationTokenSource();
        var start = (await configMaps.ListAsync(new ListOptions { Limit = 1 })).ResourceVersion;
        var watching = Task.Run(async () =>
        {
            try
            {
                await foreach (var _ in configMaps.WatchAsync(new Karmada.Orleans.Members.Watch.WatchOptions { ResourceVersion = start }, stopWatch.Token))
                {
                    Interlocked.Increment(ref watched);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });

        await PhaseAsync(recorder, "create configmap", i => configMaps.CreateAsync(ConfigMap(i)));
        await PhaseAsync(recorder, "create deployment", i => deployments.CreateAsync(Deployment(i)));
        await PhaseAsync(recorder, "get", i => configMaps.GetAsync($"cm-{i}"));
        await TimedAsync(recorder, "list (paginated, 500)", async () =>
        {
            var all = await configMaps.ListAllAsync(null, 500);
            if (all.Items.Count < objects)
            {
                throw new InvalidOperationException($"listed {all.Items.Count} of {objects} configmaps");
            }
        });
        await PhaseAsync(recorder, "update", async i =>
        {
            var cm = await configMaps.GetAsync($"cm-{i}");
            cm["data"]!["value"] = $"updated-{i}";
            await configMaps.UpdateAsync(cm);
        });
        await PhaseAsync(recorder, "delete", i => Task.WhenAll(configMaps.DeleteAsync($"cm-{i}"), deployments.DeleteAsync($"deploy-{i}")));

        var expected = objects * 3L;
        var deadline = Stopwatch.StartNew();
        while (Interlocked.Read(ref watched) < expected && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }

        await stopWatch.CancelAsync();
        await watching;
        WatchEvents = Interlocked.Read(ref watched);
        WatchExpected = expected;
        return recorder;
    }

    private async Task PhaseAsync(LatencyRecorder recorder, string verb, Func<int, Task> operation)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < objects)
            {
                var begin = Stopwatch.GetTimestamp();
                await operation(i);
                recorder.Add(verb, Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
            }
        })));
        recorder.SetDuration(verb, watch.Elapsed);
    }

    private static async Task TimedAsync(LatencyRecorder recorder, string verb, Func<Task> operation)
    {
        var watch = Stopwatch.StartNew();
        var begin = Stopwatch.GetTimestamp();
        await operation();
        recorder.Add(verb, Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
        recorder.SetDuration(verb, watch.Elapsed);
    }

    private static JsonObject ConfigMap(int i) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject { ["name"] = $"cm-{i}", ["labels"] = new JsonObject { ["bench"] = "api" } },
        ["data"] = new JsonObject { ["value"] = new string('x', 200) },
    };

    private static JsonObject Deployment(int i) => new()
    {
        ["apiVersion"] = "apps/v1",
        ["kind"] = "Deployment",
        ["metadata"] = new JsonObject { ["name"] = $"deploy-{i}", ["labels"] = new JsonObject { ["app"] = $"deploy-{i}" } },
        ["spec"] = new JsonObject
        {
            ["replicas"] = 2,
            ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = $"deploy-{i}" } },
            ["template"] = new JsonObject
            {
                ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = $"deploy-{i}" } },
                ["spec"] = new JsonObject
                {
                    ["containers"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "web",
                        ["image"] = "nginx:1.25",
                        ["resources"] = new JsonObject { ["requests"] = new JsonObject { ["cpu"] = "100m", ["memory"] = "128Mi" } },
                    }),
                },
            },
        },
    };
}
