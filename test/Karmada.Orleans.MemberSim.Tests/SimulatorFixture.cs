using System.Text.Json.Nodes;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.MemberSim.Tests;

/// <summary>One simulator with two members (3 nodes of 4 CPU / 8Gi each, pods ready after 100 ms) for the whole collection.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private static readonly GroupVersionResource Namespaces = new("", "v1", "namespaces");
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"member-sim-tests-{Guid.NewGuid():N}");
    private MemberSimulator? _simulator;

    public MemberSimulator Simulator => _simulator ?? throw new InvalidOperationException("not started");

    public SimulatorOptions Options => new()
    {
        Clusters = 2,
        Port = 0,
        OutputDirectory = _directory,
        ReadyDelay = TimeSpan.FromMilliseconds(100),
        Nodes = new Simulation.NodePool { Count = 3, Cpu = "4", Memory = "8Gi", Pods = 20 },
    };

    public async Task InitializeAsync() => _simulator = await MemberSimulator.StartAsync(Options);

    public async Task DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    public KubernetesClusterClient Client(string cluster = "member1") => KubernetesClusterClient.FromKubeConfigFile(Simulator[cluster].KubeconfigPath!);

    public async Task<string> NamespaceAsync(KubernetesClusterClient client, string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
        await client.Resource(Namespaces).CreateAsync(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = name } });
        return name;
    }
}

[CollectionDefinition(Name)]
public sealed class SimulatorCollection : ICollectionFixture<SimulatorFixture>
{
    public const string Name = "member simulator";
}
