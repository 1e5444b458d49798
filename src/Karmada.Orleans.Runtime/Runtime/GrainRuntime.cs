using Karmada.Orleans.Reminders;
using Karmada.Orleans.Streams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Runtime;

/// <summary>
/// The silo's grain runtime: hands out grain references and owns the catalog of activations.
/// It is the <see cref="IGrainFactory"/> grains and hosted services use.
/// </summary>
public sealed partial class GrainRuntime : IGrainFactory
{
    private readonly ILogger<GrainRuntime> _logger;
    private readonly CancellationTokenSource _shutdown = new();

    public GrainRuntime(IServiceProvider services, GrainTypeRegistry registry, TimeProvider time, ILogger<GrainRuntime> logger)
    {
        Services = services;
        Registry = registry;
        Time = time;
        _logger = logger;
        Catalog = new Catalog(this);
        Activator = new GrainActivator(services);
        CallFilters = services.GetServices<IIncomingGrainCallFilter>().ToArray();
        HasCallFilters = CallFilters.Count > 0;
    }

    public IServiceProvider Services { get; }

    public GrainTypeRegistry Registry { get; }

    public TimeProvider Time { get; }

    public GrainStatistics Statistics { get; } = new();

    public int ActivationCount => Catalog.Count;

    internal Catalog Catalog { get; }

    internal GrainActivator Activator { get; }

    internal IReadOnlyList<IIncomingGrainCallFilter> CallFilters { get; }

    internal bool HasCallFilters { get; }

    internal CancellationToken ShutdownToken => _shutdown.Token;

    internal ReminderService Reminders => Services.GetRequiredService<ReminderService>();

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        var info = Registry.GetByInterface(typeof(TGrainInterface));
        return (TGrainInterface)GrainProxy.Create(typeof(TGrainInterface), this, new GrainId(info.TypeName, key));
    }

    /// <summary>A reference to a known grain id through any interface its class implements.</summary>
    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IGrain =>
        (TGrainInterface)GrainProxy.Create(typeof(TGrainInterface), this, grainId);

    /// <summary>A reference created from a wire identity (gateway calls).</summary>
    internal object GetGrain(Type grainInterface, string key)
    {
        var info = Registry.GetByInterface(grainInterface);
        return GrainProxy.Create(grainInterface, this, new GrainId(info.TypeName, key));
    }

    public IStreamProvider GetStreamProvider(string name) =>
        Services.GetKeyedService<IStreamProvider>(name) ?? throw new KeyNotFoundException($"No stream provider named '{name}' is configured.");

    /// <summary>Deactivates idle activations now (the collector does this periodically).</summary>
    public int CollectIdleActivations(TimeSpan age) => Catalog.CollectIdle(age);

    internal async Task StopAsync(CancellationToken cancellationToken)
    {
        await Catalog.DeactivateAllAsync(cancellationToken);
        await _shutdown.CancelAsync();
    }

    internal void LogTimerFailure(GrainId grainId, Exception exception) => LogTimerFailed(_logger, grainId, exception);

    internal void LogActivationFailure(GrainId grainId, Exception exception) => LogActivationFailed(_logger, grainId, exception);

    internal void LogDeactivationFailure(GrainId grainId, Exception exception) => LogDeactivationFailed(_logger, grainId, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer callback of {GrainId} failed")]
    private static partial void LogTimerFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Activation {GrainId} failed")]
    private static partial void LogActivationFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deactivation of {GrainId} failed")]
    private static partial void LogDeactivationFailed(ILogger logger, GrainId grainId, Exception exception);
}
