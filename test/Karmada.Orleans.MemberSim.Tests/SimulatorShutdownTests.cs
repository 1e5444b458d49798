using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Watch;

namespace Karmada.Orleans.MemberSim.Tests;

public sealed class SimulatorShutdownTests
{
    [Fact]
    public async Task Stopping_ends_open_watches_instead_of_waiting_for_them()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"member-sim-shutdown-{Guid.NewGuid():N}");
        var simulator = await MemberSimulator.StartAsync(new SimulatorOptions { Clusters = 1, OutputDirectory = directory });
        try
        {
            using var client = KubernetesClusterClient.FromKubeConfigFile(simulator["member1"].KubeconfigPath!);
            var configMaps = client.Resource(new GroupVersionResource("", "v1", "configmaps")).Namespace("default");
            await using var watch = configMaps.WatchAsync(new WatchOptions { TimeoutSeconds = 600 }).GetAsyncEnumerator();
            var first = watch.MoveNextAsync().AsTask();
            await configMaps.CreateAsync(System.Text.Json.Nodes.JsonNode.Parse("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"seen"}}""")!.AsObject());
            Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(10)), "the watch is open: it delivered the first change");
            var next = watch.MoveNextAsync().AsTask();

            // Kestrel would wait its 30 s shutdown timeout for a watch that never ends on its own.
            await simulator.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            await Assert.ThrowsAnyAsync<Exception>(() => next.WaitAsync(TimeSpan.FromSeconds(10)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
