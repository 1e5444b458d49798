using Karmada.Orleans.Grains.Caches;
using Karmada.Orleans.Grains.Clusters;
using Karmada.Orleans.Grains.Events;
using Karmada.Orleans.Grains.Propagation;
using Karmada.Orleans.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Karmada.Orleans.Grains;

public static class ControlPlaneGrainsHosting
{
    /// <summary>
    /// The Karmada controllers: grains plus the hosted services that feed them store changes. The host
    /// registers an <see cref="ITemplateResources"/> (the kinds it serves).
    /// </summary>
    public static ISiloBuilder AddKarmadaControllers(this ISiloBuilder silo, Action<ClusterOptions>? clusters = null, Action<PropagationOptions>? propagation = null)
    {
        silo.AddGrains(typeof(ControlPlaneGrainsHosting).Assembly);
        silo.Services.AddOptions<ClusterOptions>();
        if (clusters is not null)
        {
            silo.Services.Configure(clusters);
        }

        silo.Services.AddOptions<PropagationOptions>();
        if (propagation is not null)
        {
            silo.Services.Configure(propagation);
        }

        silo.Services.AddSingleton<MemberClientFactory>();
        silo.Services.AddSingleton<MemberStatusWatcher>();
        silo.Services.AddSingleton<EventRecorder>();
        silo.Services.AddSingleton<PolicyCache>();
        silo.Services.AddSingleton<ClusterCache>();
        silo.Services.AddSingleton<Diagnostics.PropagationTracker>();
        silo.Services.AddHostedService<ClusterController>();
        silo.Services.AddHostedService<ControllerDispatcher>();
        return silo;
    }
}
