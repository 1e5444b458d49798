using System.Text.Json.Nodes;
using Karmada.Orleans.MemberSim;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.SimulatedCluster;

/// <summary>One simulated member cluster (the project's API server over an in-memory store), served under a path prefix.</summary>
public sealed class MemberSimulatorFixture : IMemberClusterFixture, IAsyncLifetime
{
    private static readonly GroupVersionResource Namespaces = new("", "v1", "namespaces");
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"members-tests-sim-{Guid.NewGuid():N}");
    private MemberSimulator? _simulator;
    private KubernetesClusterClient? _client;

    public KubernetesClusterClient Client => _client ?? throw new InvalidOperationException("the simulator is not running");

    public KubeConfig KubeConfig => KubeConfigLoader.LoadFile(Member.KubeconfigPath!);

    public Uri Server => Member.Server;

    public (string GitVersion, string Major, string Minor) ExpectedVersion => ("v1.31.0", "1", "31");

    public MemberSim.SimulatedCluster Member => _simulator?.Clusters[0] ?? throw new InvalidOperationException("the simulator is not running");

    public async Task InitializeAsync()
    {
        _simulator = await MemberSimulator.StartAsync(new SimulatorOptions { Clusters = 1, Port = 0, OutputDirectory = _directory, ReadyDelay = TimeSpan.FromMilliseconds(100) });
        _client = KubernetesClusterClient.FromKubeConfigFile(Member.KubeconfigPath!);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    public async Task<string> CreateNamespaceAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
        await Client.Resource(Namespaces).CreateAsync(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = name } });
        return name;
    }

    public KubernetesClusterClient ClientFor(Func<RestConfig, RestConfig> change) => new(change(KubeConfig.ToRestConfig()));
}

[CollectionDefinition(Name)]
public sealed class MemberSimulatorCollection : ICollectionFixture<MemberSimulatorFixture>
{
    public const string Name = "member simulator";
}
