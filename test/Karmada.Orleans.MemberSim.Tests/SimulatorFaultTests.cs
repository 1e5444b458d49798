using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Karmada.Orleans.MemberSim.Faults;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Watch;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.MemberSim.Tests;

/// <summary>Faults injected at run time, as the control plane's member client experiences them.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class SimulatorFaultTests(SimulatorFixture fixture)
{
    private static readonly GroupVersionResource ConfigMaps = new("", "v1", "configmaps");

    [Fact]
    public async Task Unreachable_error_and_slow_faults_are_seen_by_clients_and_clear_when_removed()
    {
        var cluster = fixture.Simulator["member2"];
        using var client = fixture.Client("member2");
        Assert.Equal("v1.31.0", (await client.Discovery.GetServerVersionAsync()).GitVersion);
        var watchEnded = WatchUntilItEndsAsync(client);

        try
        {
            cluster.Fault = new ClusterFault { Mode = FaultMode.Unreachable };
            await Assert.ThrowsAnyAsync<Exception>(() => watchEnded.WaitAsync(TimeSpan.FromSeconds(20)));
            var down = Stopwatch.StartNew();
            await Assert.ThrowsAsync<KubernetesTransportException>(() => client.Discovery.GetServerVersionAsync());
            Assert.True(down.Elapsed < TimeSpan.FromSeconds(10), $"an unreachable member fails fast, took {down.Elapsed}");

            cluster.Fault = new ClusterFault { Mode = FaultMode.Error, StatusCode = 503 };
            var error = await Assert.ThrowsAnyAsync<KubernetesApiException>(() => client.Resource(ConfigMaps).Namespace("default").ListAsync());
            Assert.Equal(503, error.StatusCode);
            Assert.Contains("fault injected", error.Message, StringComparison.Ordinal);

            cluster.Fault = new ClusterFault { Mode = FaultMode.Slow, Delay = TimeSpan.FromMilliseconds(400) };
            var slow = Stopwatch.StartNew();
            await client.Discovery.GetServerVersionAsync();
            Assert.True(slow.Elapsed >= TimeSpan.FromMilliseconds(350), $"a slow member answers late, took {slow.Elapsed}");
        }
        finally
        {
            cluster.Fault = ClusterFault.None;
        }

        Assert.Equal("v1.31.0", (await client.Discovery.GetServerVersionAsync()).GitVersion);
    }

    [Fact]
    public async Task The_admin_api_sets_faults_with_the_admin_token_only()
    {
        using var http = Http(fixture.Simulator.AdminToken);
        var endpoint = fixture.Simulator.Endpoint;

        using var listed = await http.GetAsync(new Uri(endpoint, "admin/clusters"));
        var clusters = JsonNode.Parse(await listed.Content.ReadAsStringAsync())!["clusters"]!.AsArray();
        Assert.Equal(["member1", "member2"], clusters.Select(c => c!["name"]!.ToString()));
        Assert.Equal(3, clusters[0]!["nodes"]!.GetValue<int>());

        using var set = await http.PutAsync(new Uri(endpoint, "admin/clusters/member1/fault"), Json("""{"mode":"Error","statusCode":500}"""));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal((FaultMode.Error, 500), (fixture.Simulator["member1"].Fault.Mode, fixture.Simulator["member1"].Fault.StatusCode));
        using var cleared = await http.PutAsync(new Uri(endpoint, "admin/clusters/member1/fault"), Json("""{"mode":"None"}"""));
        Assert.Equal(FaultMode.None, fixture.Simulator["member1"].Fault.Mode);

        using var bad = await http.PutAsync(new Uri(endpoint, "admin/clusters/member1/fault"), Json("""{"mode":"Explode"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("unknown fault", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var missing = await http.PutAsync(new Uri(endpoint, "admin/clusters/member9/fault"), Json("""{"mode":"None"}"""));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        using var anonymous = Http(null);
        using var refused = await anonymous.PutAsync(new Uri(endpoint, "admin/clusters/member1/fault"), Json("""{"mode":"Unreachable"}"""));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(FaultMode.None, fixture.Simulator["member1"].Fault.Mode);
    }

    [Fact]
    public async Task Each_cluster_has_its_own_token_and_path()
    {
        var member1 = fixture.Simulator["member1"];
        var member2 = fixture.Simulator["member2"];
        Assert.Equal("/clusters/member1", member1.Server.AbsolutePath);
        using var wrongToken = new KubernetesClusterClient(KubeConfigLoader.LoadFile(member1.KubeconfigPath!).ToRestConfig() with { BearerToken = member2.Token });

        var refused = await Assert.ThrowsAnyAsync<KubernetesApiException>(() => wrongToken.Resource(ConfigMaps).Namespace("default").ListAsync());

        Assert.Equal(401, refused.StatusCode);
        using var first = fixture.Client("member1");
        using var second = fixture.Client("member2");
        await first.Resource(ConfigMaps).Namespace("default").CreateAsync(ConfigMap("only-in-member1"));
        Assert.NotNull(await first.Resource(ConfigMaps).Namespace("default").TryGetAsync("only-in-member1"));
        Assert.Null(await second.Resource(ConfigMaps).Namespace("default").TryGetAsync("only-in-member1"));
    }

    [Fact]
    public async Task A_restarted_simulator_accepts_the_kubeconfigs_it_wrote_before()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"member-sim-restart-{Guid.NewGuid():N}");
        try
        {
            var options = new SimulatorOptions { Clusters = 1, Port = FreePort.Next(), OutputDirectory = directory };
            string kubeconfig;
            await using (var first = await MemberSimulator.StartAsync(options))
            {
                kubeconfig = first["member1"].KubeconfigPath!;
            }

            await using var second = await MemberSimulator.StartAsync(options);
            using var client = KubernetesClusterClient.FromKubeConfigFile(kubeconfig);
            var nodes = await client.Resource(new GroupVersionResource("", "v1", "nodes")).ListAsync();
            Assert.Equal(3, nodes.Items.Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task WatchUntilItEndsAsync(KubernetesClusterClient client)
    {
        var list = await client.Resource(ConfigMaps).Namespace("default").ListAsync();
        await foreach (var change in client.Resource(ConfigMaps).Namespace("default").WatchAsync(new WatchOptions { ResourceVersion = list.ResourceVersion }))
        {
            _ = change;
        }

        throw new EndOfStreamException("the watch ended");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static JsonObject ConfigMap(string name) => new() { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject { ["name"] = name } };

    private static HttpClient Http(string? token)
    {
        var http = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator });
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }
}
