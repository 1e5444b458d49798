using Karmada.Orleans.Reminders;
using Karmada.Orleans.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Karmada.Orleans.Hosting;

/// <summary>
/// Starts the silo (reminders, idle collection) with the host and stops it gracefully: reminders
/// stop firing, then every activation finishes its queued work and runs OnDeactivateAsync.
/// </summary>
internal sealed class SiloLifecycleService(
    GrainRuntime runtime,
    IServiceProvider services,
    IOptions<GrainCollectionOptions> collection,
    TimeProvider time) : IHostedService
{
    private ITimer? _collector;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IReminderTable>() is not null)
        {
            await services.GetRequiredService<ReminderService>().StartAsync(cancellationToken);
        }

        var options = collection.Value;
        _collector = time.CreateTimer(_ => runtime.CollectIdleActivations(options.CollectionAge), null, options.CollectionQuantum, options.CollectionQuantum);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }

        if (services.GetService<IReminderTable>() is not null)
        {
            await services.GetRequiredService<ReminderService>().StopAsync();
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(collection.Value.DeactivationTimeout);
        await runtime.StopAsync(timeout.Token);
    }
}
