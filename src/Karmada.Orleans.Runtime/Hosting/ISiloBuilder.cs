using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Karmada.Orleans.Hosting;

/// <summary>Configures a silo: its grain classes, storage, reminders, streams and filters.</summary>
public interface ISiloBuilder
{
    IServiceCollection Services { get; }

    ISiloBuilder AddGrains(Assembly assembly);

    ISiloBuilder AddGrain<TGrain>()
        where TGrain : Grain;
}
