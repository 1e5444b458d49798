using Karmada.Orleans.Hosting;
using Karmada.Orleans.Runtime.Tests.Grains;
using Karmada.Orleans.TestingHost;
using Microsoft.Extensions.DependencyInjection;

namespace Karmada.Orleans.Runtime.Tests;

/// <summary>Builds silos with the test grains; tests use unique keys so one silo serves many tests.</summary>
public static class TestSilo
{
    public static Task<InProcessTestCluster> StartAsync(ActivationLog? log = null, SignalBoard? signals = null, Action<ISiloBuilder>? configure = null, TimeProvider? time = null) =>
        InProcessTestCluster.StartAsync(
            silo =>
            {
                silo.AddGrains(typeof(TestSilo).Assembly);
                silo.AddMemoryStreams(TestStreams.Provider);
                configure?.Invoke(silo);
            },
            services =>
            {
                services.AddSingleton(log ?? new ActivationLog());
                services.AddSingleton(signals ?? new SignalBoard());
                if (time is not null)
                {
                    services.AddSingleton(time);
                }
            });
}

public sealed class RuntimeFixture : IAsyncLifetime
{
    public ActivationLog Log { get; } = new();

    public SignalBoard Signals { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync() => Cluster = await TestSilo.StartAsync(Log, Signals);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class RuntimeCollection : ICollectionFixture<RuntimeFixture>
{
    public const string Name = "runtime";
}
