using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;
using Karmada.Orleans.Members.Watch;

namespace Karmada.Orleans.Members.Tests.Scenarios;

/// <summary>Watch scenarios the member client must pass against any Kubernetes API server: a real kube-apiserver and the member simulator.</summary>
public static class WatchScenarios
{
    private static readonly GroupVersionResource ConfigMaps = new("", "v1", "configmaps");

    private static List<string> Describe(IEnumerable<InformerEvent> events) =>
        events.Select(e => $"{e.Type} {e.Object?.GetName() ?? "-"}").ToList();

    /// <summary>A ConfigMap named <paramref name="name"/> with one data entry (k: v).</summary>
    internal static JsonObject ConfigMap(string name) =>
        new() { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject { ["name"] = name }, ["data"] = new JsonObject { ["k"] = "v" } };

    public static async Task Watch_sees_added_modified_deleted_in_order(IMemberClusterFixture cluster)
    {
        var ns = await cluster.CreateNamespaceAsync("watch");
        var cms = cluster.Client.Resource(ConfigMaps).Namespace(ns);
        var list = await cms.ListAsync();
        await using var events = EventCollector<WatchEvent>.Start(ct => cms.WatchAsync(new WatchOptions { ResourceVersion = list.ResourceVersion }, ct));

        await cms.CreateAsync(ConfigMap("w1"));
        await cms.PatchAsync("w1", PatchType.Merge, JsonNode.Parse("""{"metadata":{"labels":{"x":"y"}}}""")!);
        await cms.DeleteAsync("w1");
        var received = (await events.TakeAsync(3)).ToList();

        Assert.Equal(["Added w1", "Modified w1", "Deleted w1"], received.Select(e => $"{e.Type} {e.Object.GetName()}"));
        Assert.Equal("y", received[1].Object.GetLabels()["x"]);
        var versions = received.Select(e => long.Parse(e.ResourceVersion!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(versions.Order(), versions);
    }

    public static async Task Informer_resumes_after_a_forced_disconnect_without_gaps_or_duplicates(IMemberClusterFixture cluster)
    {
        var ns = await cluster.CreateNamespaceAsync("resume");
        var writer = cluster.Client.Resource(ConfigMaps).Namespace(ns);
        await writer.CreateAsync(ConfigMap("c0"));
        await using var proxy = TcpProxy.Start(new IPEndPoint(IPAddress.Loopback, cluster.Server.Port));
        using var proxied = cluster.ClientFor(c => c with { Server = new Uri($"https://127.0.0.1:{proxy.Port}{cluster.Server.AbsolutePath.TrimEnd('/')}") });
        var informer = proxied.CreateInformer(
            proxied.Resource(ConfigMaps).Namespace(ns),
            new InformerOptions { Backoff = new Backoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1)) });
        await using var events = EventCollector<InformerEvent>.Start(informer.RunAsync);
        Assert.Equal(["Added c0", "Synced -"], Describe(await events.TakeAsync(2)));

        var seen = new List<InformerEvent>();
        for (var round = 1; round <= 3; round++)
        {
            for (var i = 1; i <= 3; i++)
            {
                await writer.CreateAsync(ConfigMap($"r{round}-{i}"));
            }

            var connections = proxy.AcceptedConnections;
            var watches = informer.WatchCount;
            seen.AddRange(await events.TakeAsync(3));
            proxy.DropAll();
            await writer.PatchAsync($"r{round}-1", PatchType.Merge, JsonNode.Parse("""{"data":{"changed":"while-disconnected"}}""")!);
            await writer.DeleteAsync($"r{round}-2");
            seen.AddRange(await events.TakeAsync(2));
            Assert.True(informer.WatchCount > watches, "the informer must have opened a new watch");
            Assert.True(proxy.AcceptedConnections > connections, "the informer must have reconnected");
        }

        Assert.Equal(
            [
                "Added r1-1", "Added r1-2", "Added r1-3", "Modified r1-1", "Deleted r1-2",
                "Added r2-1", "Added r2-2", "Added r2-3", "Modified r2-1", "Deleted r2-2",
                "Added r3-1", "Added r3-2", "Added r3-3", "Modified r3-1", "Deleted r3-2",
            ],
            Describe(seen));
        var versions = seen.Select(e => long.Parse(e.Object!.GetResourceVersion()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(versions.Distinct().Order(), versions);
        Assert.Equal(1, informer.ListCount);
        Assert.Equal(["c0", "r1-1", "r1-3", "r2-1", "r2-3", "r3-1", "r3-3"], informer.GetItems().Select(i => i.GetName()).Order(StringComparer.Ordinal));
        Assert.True(events.IsEmpty);
    }
}
