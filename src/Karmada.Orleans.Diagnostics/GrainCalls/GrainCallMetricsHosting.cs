using Karmada.Orleans.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Karmada.Orleans.Diagnostics.GrainCalls;

public static class GrainCallMetricsHosting
{
    /// <summary>Times and counts every grain call of the silo (see <see cref="GrainCallMetrics"/>).</summary>
    public static ISiloBuilder AddGrainCallMetrics(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<GrainCallMetrics>();
        silo.AddIncomingGrainCallFilter<GrainCallMetricsFilter>();
        return silo;
    }
}
