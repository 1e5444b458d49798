using System.Globalization;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;
using Karmada.Orleans.Members.Watch;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.Members.Tests.Watch;

public sealed class ResourceInformerTests : IAsyncLifetime
{
    private static readonly GroupVersionResource ConfigMapsResource = new("", "v1", "configmaps");
    private static readonly InformerOptions FastRetries = new()
    {
        Backoff = new Backoff(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(400), Jitter: 0.5),
        Random = new Random(1),
    };

    private readonly List<FakeApiServer> _servers = [];
    private readonly List<KubernetesClusterClient> _clients = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_metadata_only_cache_keeps_identity_version_and_labels_while_events_carry_whole_objects()
    {
        var (_, cms) = await StartAsync();
        var labelled = ConfigMap("a");
        labelled["metadata"]!["labels"] = new JsonObject { ["work"] = "w1" };
        labelled["data"] = new JsonObject { ["k"] = "v" };
        await cms.CreateAsync(labelled);
        var informer = new ResourceInformer(cms, FastRetries with { MetadataOnly = true });
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);

        var added = (await events.TakeAsync(2))[0];
        await cms.DeleteAsync("a");
        var deleted = (await events.TakeAsync(1))[0];

        Assert.NotNull(added.Object!["data"]);
        Assert.Equal(InformerEventType.Deleted, deleted.Type);
        Assert.Null(deleted.OldObject!["data"]);
        Assert.Equal("w1", deleted.OldObject.GetLabels()["work"]);
        Assert.Equal(added.Object.GetUid(), deleted.OldObject.GetUid());
        Assert.Equal(added.Object.GetResourceVersion(), deleted.OldObject.GetResourceVersion());
        Assert.Equal(added.Object.GetNamespace(), deleted.OldObject.GetNamespace());
        Assert.Equal("a", deleted.OldObject.GetName());
        Assert.Equal(["v1", "ConfigMap"], [deleted.OldObject["apiVersion"]!.GetValue<string>(), deleted.OldObject["kind"]!.GetValue<string>()]);
    }

    [Fact]
    public async Task Lists_then_watches_from_the_lists_version()
    {
        var (server, cms) = await StartAsync();
        await cms.CreateAsync(ConfigMap("a"));
        await cms.CreateAsync(ConfigMap("b"));
        var informer = new ResourceInformer(cms, FastRetries);
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);

        Assert.Equal(["Added a", "Added b", "Synced -"], Describe(await events.TakeAsync(3)));
        Assert.True(informer.HasSynced);
        var listVersion = informer.LastResourceVersion;

        await cms.CreateAsync(ConfigMap("c"));
        await cms.PatchAsync("a", PatchType.Merge, new JsonObject { ["data"] = new JsonObject { ["k"] = "v" } });
        await cms.DeleteAsync("b");
        var changes = await events.TakeAsync(3);

        Assert.Equal(["Added c", "Modified a", "Deleted b"], Describe(changes));
        Assert.Null(changes[1].OldObject!["data"]);
        Assert.Equal(["a", "c"], informer.GetItems().Select(i => i.GetName()).Order());
        Assert.Equal(server.ConfigMaps.Revision.ToString(CultureInfo.InvariantCulture), informer.LastResourceVersion);
        var watch = Assert.Single(server.WatchRequests);
        Assert.Equal(listVersion, watch.QueryValue("resourceVersion"));
        Assert.Equal("true", watch.QueryValue("allowWatchBookmarks"));
        Assert.InRange(int.Parse(watch.QueryValue("timeoutSeconds")!, CultureInfo.InvariantCulture), 300, 600);
        Assert.Equal("500", server.Requests.First(r => r.Method == "GET").QueryValue("limit"));
    }

    [Fact]
    public async Task Resumes_after_a_dropped_connection_without_gaps_or_duplicates()
    {
        var (server, cms) = await StartAsync();
        var informer = new ResourceInformer(cms, FastRetries);
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);
        await events.NextAsync();
        await cms.CreateAsync(ConfigMap("x1"));
        var x1 = await events.NextAsync();

        server.DropWatches();
        for (var i = 2; i <= 5; i++)
        {
            await cms.CreateAsync(ConfigMap($"x{i}"));
        }

        Assert.Equal(["Added x2", "Added x3", "Added x4", "Added x5"], Describe(await events.TakeAsync(4)));
        Assert.Equal(1, informer.ListCount);
        Assert.True(informer.WatchCount >= 2);
        var resumed = server.WatchRequests.Skip(1).First();
        Assert.Equal(x1.Object!.GetResourceVersion(), resumed.QueryValue("resourceVersion"));
        Assert.IsType<KubernetesTransportException>(informer.LastError);
        await cms.CreateAsync(ConfigMap("x6"));
        Assert.Equal(["Added x6"], Describe([await events.NextAsync()]));
        Assert.True(events.IsEmpty);
    }

    [Fact]
    public async Task Resumes_from_the_last_bookmark()
    {
        var (server, cms) = await StartAsync();
        var informer = new ResourceInformer(cms, FastRetries);
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);
        await events.NextAsync();
        await Eventually.TrueAsync(() => server.ActiveWatches == 1, "the watch to open");

        // Changes elsewhere move the revision on without events for this namespace; a bookmark says so.
        var elsewhere = await server.CreateClient().Resource(ConfigMapsResource).Namespace("other").CreateAsync(ConfigMap("unrelated"));
        server.ConfigMaps.RequestBookmark();
        await Eventually.TrueAsync(() => informer.LastResourceVersion == elsewhere.GetResourceVersion(), "the bookmark to arrive");
        server.DropWatches();

        await Eventually.TrueAsync(() => server.WatchRequests.Count() >= 2, "the watch to resume");
        Assert.Equal(elsewhere.GetResourceVersion(), server.WatchRequests.ElementAt(1).QueryValue("resourceVersion"));
        Assert.True(events.IsEmpty);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Relists_on_gone_and_delivers_only_the_differences(bool goneAsHttpStatus)
    {
        var (server, cms) = await StartAsync(new FakeApiServerOptions { GoneAsHttpStatus = goneAsHttpStatus });
        await cms.CreateAsync(ConfigMap("a"));
        await cms.CreateAsync(ConfigMap("b"));
        await cms.CreateAsync(ConfigMap("same"));
        var informer = new ResourceInformer(cms, FastRetries);
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);
        await events.TakeAsync(4);
        await Eventually.TrueAsync(() => server.ActiveWatches == 1, "the watch to open");

        // Hold the reconnection until the missed changes have been compacted away.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Intercept = async (context, _) =>
        {
            if (context.Request.Query["watch"] == "true")
            {
                await gate.Task;
            }

            return false;
        };
        server.DropWatches();
        await Eventually.TrueAsync(() => server.WatchRequests.Count() >= 2, "the reconnecting watch");
        await cms.DeleteAsync("a");
        await cms.PatchAsync("b", PatchType.Merge, new JsonObject { ["data"] = new JsonObject { ["k"] = "v" } });
        await cms.CreateAsync(ConfigMap("c"));
        server.ConfigMaps.Compact();
        gate.SetResult();

        var relisted = await events.TakeAsync(4);

        Assert.Equal(["Modified b", "Added c", "Deleted a", "Synced -"], Describe(relisted));
        Assert.Equal(2, informer.ListCount);
        Assert.Equal(["b", "c", "same"], informer.GetItems().Select(i => i.GetName()).Order());
        await cms.CreateAsync(ConfigMap("d"));
        Assert.Equal(["Added d"], Describe([await events.NextAsync()]));
    }

    [Fact]
    public async Task Backs_off_with_growing_delays_between_failures()
    {
        var (server, cms) = await StartAsync();
        var failures = 0;
        server.Intercept = async (context, _) =>
        {
            if (context.Request.Query["watch"] != "true" || Interlocked.Increment(ref failures) > 4)
            {
                return false;
            }

            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("""{"kind":"Status","apiVersion":"v1","status":"Failure","message":"etcd is sad","reason":"InternalError","code":500}""");
            return true;
        };
        var informer = new ResourceInformer(cms, FastRetries with { Backoff = new Backoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), Jitter: 0.2) });
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);
        await events.NextAsync();
        await Eventually.TrueAsync(() => server.ActiveWatches == 1, "the watch to open after the failures");

        var attempts = server.WatchRequests.Select(r => r.At).ToList();
        Assert.Equal(5, attempts.Count);
        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        Assert.All(gaps.Zip([100, 200, 400, 800]), g => Assert.True(g.First >= g.Second * 0.9, $"gap {g.First}ms shorter than backoff {g.Second}ms"));
        var error = Assert.IsType<KubernetesApiException>(informer.LastError);
        Assert.Contains("etcd is sad", error.Message, StringComparison.Ordinal);
        await cms.CreateAsync(ConfigMap("after"));
        Assert.Equal(["Added after"], Describe([await events.NextAsync()]));
        Assert.Equal(0, informer.ConsecutiveFailures);
        Assert.Equal(1, informer.ListCount);
    }

    [Fact]
    public async Task A_watch_closed_at_once_without_events_is_backed_off()
    {
        var (server, cms) = await StartAsync();
        var closed = 0;
        server.Intercept = (context, _) =>
        {
            if (context.Request.Query["watch"] != "true" || Interlocked.Increment(ref closed) > 3)
            {
                return Task.FromResult(false);
            }

            context.Response.StatusCode = 200;
            return Task.FromResult(true);
        };
        var informer = new ResourceInformer(cms, FastRetries with { Backoff = new Backoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), Jitter: 0) });
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);
        await events.NextAsync();
        await Eventually.TrueAsync(() => server.ActiveWatches == 1, "a real watch after the empty ones");

        var attempts = server.WatchRequests.Select(r => r.At).ToList();
        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        Assert.All(gaps.Zip([100, 200, 400]), g => Assert.True(g.First >= g.Second * 0.9, $"gap {g.First}ms shorter than backoff {g.Second}ms"));
        Assert.Contains("very short watch", informer.LastError!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_watch_the_server_ends_is_resumed_at_once()
    {
        var (server, cms) = await StartAsync();
        var informer = new ResourceInformer(cms, FastRetries with { MinWatchTimeout = TimeSpan.FromSeconds(1) });
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);
        await events.NextAsync();

        await Eventually.TrueAsync(() => server.WatchRequests.Count() >= 3, "the server to end two watches");
        await cms.CreateAsync(ConfigMap("still-watching"));

        Assert.Equal(["Added still-watching"], Describe([await events.NextAsync()]));
        Assert.Null(informer.LastError);
        Assert.Equal(1, informer.ListCount);
        Assert.All(server.WatchRequests, r => Assert.InRange(int.Parse(r.QueryValue("timeoutSeconds")!, CultureInfo.InvariantCulture), 1, 2));
    }

    [Fact]
    public async Task A_failing_first_list_is_retried()
    {
        var (server, cms) = await StartAsync();
        await cms.CreateAsync(ConfigMap("a"));
        var failed = 0;
        server.Intercept = (context, _) =>
        {
            if (context.Request.Query["watch"] == "true" || Interlocked.Increment(ref failed) > 2)
            {
                return Task.FromResult(false);
            }

            context.Abort();
            return Task.FromResult(true);
        };
        var informer = new ResourceInformer(cms, FastRetries);
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);

        Assert.Equal(["Added a", "Synced -"], Describe(await events.TakeAsync(2)));
        Assert.Equal(3, informer.ListCount);
    }

    [Fact]
    public async Task Runs_one_consumer_at_a_time()
    {
        var (_, cms) = await StartAsync();
        var informer = new ResourceInformer(cms, FastRetries);
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);
        await events.NextAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await informer.RunAsync().FirstAsync());
    }

    private async Task<(FakeApiServer Server, ResourceClient ConfigMaps)> StartAsync(FakeApiServerOptions? options = null)
    {
        var server = await FakeApiServer.StartAsync(options);
        _servers.Add(server);
        var client = server.CreateClient();
        _clients.Add(client);
        return (server, client.Resource(ConfigMapsResource).Namespace("ns1"));
    }

    private static List<string> Describe(IEnumerable<InformerEvent> events) =>
        events.Select(e => $"{e.Type} {e.Object?.GetName() ?? "-"}").ToList();

    private static JsonObject ConfigMap(string name) => WatchTests.ConfigMap(name);
}
