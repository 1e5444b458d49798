using System.Reflection;
using Karmada.Orleans.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Karmada.Orleans.Hosting;

internal sealed class SiloBuilder(IServiceCollection services, GrainTypeRegistry registry) : ISiloBuilder
{
    public IServiceCollection Services => services;

    public ISiloBuilder AddGrains(Assembly assembly)
    {
        registry.AddAssembly(assembly);
        return this;
    }

    public ISiloBuilder AddGrain<TGrain>()
        where TGrain : Grain
    {
        registry.Add(typeof(TGrain));
        return this;
    }
}
