using Karmada.Orleans.Hosting;
using Karmada.Orleans.Persistence;
using Karmada.Orleans.Reminders;
using Karmada.Orleans.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.TestingHost;

/// <summary>
/// A silo in the test process. Its default grain storage and reminder table outlive the silo, so
/// <see cref="RestartAsync"/> behaves like restarting a silo over durable storage.
/// </summary>
public sealed class InProcessTestCluster : IAsyncDisposable
{
    private readonly Action<ISiloBuilder> _configureSilo;
    private readonly Action<IServiceCollection>? _configureServices;
    private IHost? _host;

    private InProcessTestCluster(Action<ISiloBuilder> configureSilo, Action<IServiceCollection>? configureServices)
    {
        _configureSilo = configureSilo;
        _configureServices = configureServices;
    }

    /// <summary>Shared by every silo this cluster starts.</summary>
    public MemoryGrainStorage Storage { get; } = new();

    /// <summary>Shared by every silo this cluster starts.</summary>
    public MemoryReminderTable ReminderTable { get; } = new();

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The silo is not running.");

    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    public GrainRuntime Runtime => Services.GetRequiredService<GrainRuntime>();

    public static async Task<InProcessTestCluster> StartAsync(Action<ISiloBuilder> configureSilo, Action<IServiceCollection>? configureServices = null)
    {
        var cluster = new InProcessTestCluster(configureSilo, configureServices);
        await cluster.StartSiloAsync();
        return cluster;
    }

    /// <summary>Stops the silo gracefully and starts a new one over the same storage.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartSiloAsync();
    }

    public async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync();
            host.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StartSiloAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddKeyedSingleton<IGrainStorage>(GrainStorageNames.Default, Storage);
        builder.Services.AddSingleton<IReminderTable>(ReminderTable);
        _configureServices?.Invoke(builder.Services);
        builder.Services.AddSilo(_configureSilo);
        var host = builder.Build();
        await host.StartAsync();
        _host = host;
    }
}
