using Karmada.Orleans.Grains.Clusters;
using Karmada.Orleans.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Karmada.Orleans.Grains;

public static class ControlPlaneGrainsHosting
{
    /// <summary>The Karmada controllers: grains plus the hosted services that feed them store changes.</summary>
    public static ISiloBuilder AddKarmadaControllers(this ISiloBuilder silo, Action<ClusterOptions>? clusters = null)
    {
        silo.AddGrains(typeof(ControlPlaneGrainsHosting).Assembly);
        silo.Services.AddOptions<ClusterOptions>();
        if (clusters is not null)
        {
            silo.Services.Configure(clusters);
        }

        silo.Services.AddSingleton<MemberClientFactory>();
        silo.Services.AddHostedService<ClusterController>();
        return silo;
    }
}
