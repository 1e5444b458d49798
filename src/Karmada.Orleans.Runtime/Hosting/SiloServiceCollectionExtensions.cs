using Karmada.Orleans.Persistence;
using Karmada.Orleans.Reminders;
using Karmada.Orleans.Runtime;
using Karmada.Orleans.Streams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Karmada.Orleans.Hosting;

public static class SiloServiceCollectionExtensions
{
    /// <summary>Adds the grain runtime and its lifecycle to a host's services.</summary>
    public static IServiceCollection AddSilo(this IServiceCollection services, Action<ISiloBuilder> configure)
    {
        var registry = services.Select(d => d.ImplementationInstance).OfType<GrainTypeRegistry>().FirstOrDefault();
        if (registry is null)
        {
            registry = new GrainTypeRegistry();
            services.AddSingleton(registry);
            services.TryAddSingleton(TimeProvider.System);
            services.AddSingleton<GrainRuntime>();
            services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
            services.AddSingleton<ReminderService>();
            services.AddOptions<GrainCollectionOptions>();
            services.AddOptions<ReminderOptions>();
            services.AddHostedService<SiloLifecycleService>();
        }

        configure(new SiloBuilder(services, registry));
        return services;
    }

    public static ISiloBuilder AddMemoryGrainStorage(this ISiloBuilder builder, string name = GrainStorageNames.Default)
    {
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, new MemoryGrainStorage());
        return builder;
    }

    public static ISiloBuilder AddGrainStorage(this ISiloBuilder builder, string name, Func<IServiceProvider, IGrainStorage> factory)
    {
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => factory(sp));
        return builder;
    }

    public static ISiloBuilder UseMemoryReminders(this ISiloBuilder builder)
    {
        builder.Services.AddSingleton<IReminderTable>(new MemoryReminderTable());
        return builder;
    }

    public static ISiloBuilder AddMemoryStreams(this ISiloBuilder builder, string name)
    {
        builder.Services.AddKeyedSingleton<IStreamProvider>(name, (sp, _) => new MemoryStreamProvider(name, sp));
        return builder;
    }

    public static ISiloBuilder AddIncomingGrainCallFilter<TFilter>(this ISiloBuilder builder)
        where TFilter : class, IIncomingGrainCallFilter
    {
        builder.Services.AddSingleton<IIncomingGrainCallFilter, TFilter>();
        return builder;
    }

    public static ISiloBuilder Configure<TOptions>(this ISiloBuilder builder, Action<TOptions> configure)
        where TOptions : class
    {
        builder.Services.Configure(configure);
        return builder;
    }
}
