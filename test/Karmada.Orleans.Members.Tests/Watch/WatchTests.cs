using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;
using Karmada.Orleans.Members.Watch;

namespace Karmada.Orleans.Members.Tests.Watch;

public sealed class WatchTests
{
    private static readonly GroupVersionResource ConfigMaps = new("", "v1", "configmaps");

    [Fact]
    public async Task Streams_events_after_a_resource_version_with_bookmarks_requested()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();
        var cms = client.Resource(ConfigMaps).Namespace("ns1");
        await cms.CreateAsync(ConfigMap("before"));
        var list = await cms.ListAsync();
        await using var events = EventCollector<WatchEvent>.Start(ct => cms.WatchAsync(new WatchOptions { ResourceVersion = list.ResourceVersion }, ct));

        await cms.CreateAsync(ConfigMap("w1"));
        await cms.PatchAsync("w1", PatchType.Merge, new JsonObject { ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["x"] = "y" } } });
        await cms.DeleteAsync("w1");
        var received = await events.TakeAsync(3);

        Assert.Equal(["Added w1", "Modified w1", "Deleted w1"], received.Select(e => $"{e.Type} {e.Object.GetName()}"));
        Assert.Equal("y", received[1].Object.GetLabels()["x"]);
        Assert.True(long.Parse(received[0].ResourceVersion!, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(list.ResourceVersion, System.Globalization.CultureInfo.InvariantCulture));
        var watch = Assert.Single(server.WatchRequests);
        Assert.Equal("/api/v1/namespaces/ns1/configmaps", watch.Path);
        Assert.Equal($"?watch=true&resourceVersion={list.ResourceVersion}&allowWatchBookmarks=true", watch.Query);
    }

    [Fact]
    public async Task An_error_event_is_yielded_not_thrown()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();
        var cms = client.Resource(ConfigMaps).Namespace("ns1");
        await cms.CreateAsync(ConfigMap("a"));
        server.ConfigMaps.Compact();

        var events = await cms.WatchAsync(new WatchOptions { ResourceVersion = "1" }).ToListAsync(Eventually.Deadline());

        var error = Assert.Single(events);
        Assert.Equal(WatchEventType.Error, error.Type);
        Assert.Equal((410, "Expired"), (error.GetStatus()!.Code, error.GetStatus()!.Reason));
    }

    [Fact]
    public async Task Gone_on_opening_the_watch_is_thrown()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { GoneAsHttpStatus = true });
        using var client = server.CreateClient();
        var cms = client.Resource(ConfigMaps).Namespace("ns1");
        await cms.CreateAsync(ConfigMap("a"));
        server.ConfigMaps.Compact();

        var error = await Assert.ThrowsAsync<KubernetesGoneException>(async () => await cms.WatchAsync(new WatchOptions { ResourceVersion = "1" }).ToListAsync());

        Assert.Contains("too old resource version: 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_dropped_connection_is_a_transport_failure(bool http1)
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Http1Only = http1 });
        using var client = server.CreateClient();
        var cms = client.Resource(ConfigMaps).Namespace("ns1");
        await using var events = EventCollector<WatchEvent>.Start(ct => cms.WatchAsync(new WatchOptions { ResourceVersion = "100" }, ct));
        await Eventually.TrueAsync(() => server.ActiveWatches == 1, "the watch to open");

        server.DropWatches();

        var error = await Assert.ThrowsAsync<KubernetesTransportException>(() => events.NextAsync());
        Assert.Equal(TransportFailure.ConnectionLost, error.Failure);
        Assert.Contains("GET /api/v1/namespaces/ns1/configmaps?watch=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_ending_the_watch_ends_the_sequence()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();
        var cms = client.Resource(ConfigMaps).Namespace("ns1");

        var events = await cms.WatchAsync(new WatchOptions { ResourceVersion = "100", TimeoutSeconds = 1 }).ToListAsync(Eventually.Deadline());

        Assert.Empty(events);
    }

    internal static JsonObject ConfigMap(string name) =>
        new() { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject { ["name"] = name } };
}
