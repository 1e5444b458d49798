using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>One silo process for the collection; tests isolate themselves with their own namespaces.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    public SiloProcess Silo { get; private set; } = null!;

    public Kubectl Kubectl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartAsync();
        Kubectl = new Kubectl(Silo.Kubeconfig);
    }

    public async Task DisposeAsync() => await Silo.DisposeAsync();

    /// <summary>A new namespace for one test.</summary>
    public async Task<string> NamespaceAsync()
    {
        var name = $"t-{Guid.NewGuid():n}"[..14];
        (await Kubectl.RunAsync($"create namespace {name}")).EnsureSuccess();
        return name;
    }
}

[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFixture>
{
    public const string Name = "silo";
}
