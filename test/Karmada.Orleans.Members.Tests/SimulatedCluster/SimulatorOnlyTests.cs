using System.Diagnostics;
using System.Text.Json.Nodes;
using Karmada.Orleans.MemberSim.Faults;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;
using Karmada.Orleans.Members.Watch;

namespace Karmada.Orleans.Members.Tests.SimulatedCluster;

/// <summary>What only the simulator can show: a server URL with a path prefix, and an outage switched on and off.</summary>
[Collection(MemberSimulatorCollection.Name)]
public sealed class SimulatorOnlyTests(MemberSimulatorFixture cluster)
{
    private static readonly GroupVersionResource ConfigMaps = new("", "v1", "configmaps");

    /// <summary>Long enough that a hang fails the test rather than turning into a transport timeout.</summary>
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(10);

    private static JsonObject ConfigMap(string name) => Scenarios.WatchScenarios.ConfigMap(name);

    [Fact]
    public async Task Every_request_goes_under_the_servers_path_prefix()
    {
        Assert.Equal($"/clusters/{cluster.Member.Name}", cluster.Server.AbsolutePath);
        var ns = await cluster.CreateNamespaceAsync("prefix");
        using var trailingSlash = cluster.ClientFor(c => c with { Server = new Uri(cluster.Server + "/") });
        using var noPrefix = cluster.ClientFor(c => c with { Server = new Uri(cluster.Server.GetLeftPart(UriPartial.Authority)) });

        // REST, discovery and the REST mapper all resolve under the prefix, with or without a trailing slash.
        foreach (var client in new[] { cluster.Client, trailingSlash })
        {
            Assert.Equal("v1.31.0", (await client.Discovery.GetServerVersionAsync()).GitVersion);
            Assert.Equal("ok", await client.Rest.GetStringAsync("/healthz", CancellationToken.None));
            var mapping = await client.Mapper.GetMappingAsync(new GroupVersionKind("apps", "v1", "Deployment"));
            Assert.Equal("deployments", mapping.Resource.Resource);
        }

        var cms = cluster.Client.Resource(ConfigMaps).Namespace(ns);
        var list = await cms.ListAsync();
        await using var events = EventCollector<WatchEvent>.Start(ct => trailingSlash.Resource(ConfigMaps).Namespace(ns).WatchAsync(new WatchOptions { ResourceVersion = list.ResourceVersion }, ct));
        await trailingSlash.Resource(ConfigMaps).Namespace(ns).CreateAsync(ConfigMap("p1"));
        await cms.PatchAsync("p1", PatchType.Merge, JsonNode.Parse("""{"data":{"k":"w"}}""")!);
        Assert.Equal("w", (await trailingSlash.Resource(ConfigMaps).Namespace(ns).GetAsync("p1"))["data"]!["k"]!.GetValue<string>());
        Assert.Equal(["Added p1", "Modified p1"], (await events.TakeAsync(2)).Select(e => $"{e.Type} {e.Object.GetName()}"));

        // Without the prefix the same request reaches no cluster: the path is what selects it.
        var unrouted = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => noPrefix.Resource(ConfigMaps).Namespace(ns).GetAsync("p1"));
        Assert.Contains("404 page not found", unrouted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_cluster_fails_fast_with_a_connection_error_and_recovers_when_the_fault_clears()
    {
        var ns = await cluster.CreateNamespaceAsync("outage");
        var cms = cluster.Client.Resource(ConfigMaps).Namespace(ns);
        await cms.CreateAsync(ConfigMap("before"));
        using var patient = cluster.ClientFor(c => c with { Timeout = TimeSpan.FromMinutes(5) });
        var informer = patient.CreateInformer(
            patient.Resource(ConfigMaps).Namespace(ns),
            new InformerOptions { Backoff = new Backoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500)) });
        await using var seen = EventCollector<InformerEvent>.Start(informer.RunAsync);
        Assert.Equal(["Added before", "Synced -"], (await seen.TakeAsync(2)).Select(e => $"{e.Type} {e.Object?.GetName() ?? "-"}"));
        var watches = informer.WatchCount;

        try
        {
            cluster.Member.Fault = new ClusterFault { Mode = FaultMode.Unreachable };

            // A clear transport error well before the client's own (five minute) timeout: the cluster is down, not slow.
            var clock = Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<KubernetesTransportException>(() => patient.Resource(ConfigMaps).Namespace(ns).GetAsync("before").WaitAsync(NoHang));
            Assert.True(clock.Elapsed < NoHang, $"the failure took {clock.Elapsed}");
            Assert.Equal(TransportFailure.ConnectionLost, error.Failure);
            Assert.Equal(cluster.Server, error.Server);
            Assert.Contains($"({cluster.Server})", error.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<KubernetesTransportException>(() => patient.Discovery.GetServerVersionAsync().WaitAsync(NoHang));

            // The change made underneath, while the API is down, must reach the informer once it is back.
            var during = ConfigMap("during");
            during.EnsureMetadata()["namespace"] = ns;
            await cluster.Member.Store.CreateAsync(new Karmada.Orleans.Storage.ResourceKey("configmaps", ns, "during"), during);
        }
        finally
        {
            cluster.Member.Fault = ClusterFault.None;
        }

        Assert.Equal("before", (await patient.Resource(ConfigMaps).Namespace(ns).GetAsync("before").WaitAsync(NoHang)).GetName());
        await cms.DeleteAsync("before");
        var resumed = (await seen.TakeAsync(2)).Select(e => $"{e.Type} {e.Object?.GetName() ?? "-"}").ToList();
        Assert.Contains("Added during", resumed);
        Assert.Contains("Deleted before", resumed);
        Assert.True(informer.WatchCount > watches, "the informer must have opened a new watch after the outage");
        Assert.Equal(["during"], informer.GetItems().Select(i => i.GetName()));
    }
}
