using Karmada.Orleans.Dashboard.Http;
using Karmada.Orleans.Dashboard.Karmada;
using Karmada.Orleans.Dashboard.Metrics;
using Karmada.Orleans.Dashboard.Runtime;
using Karmada.Orleans.Diagnostics.GrainCalls;
using Karmada.Orleans.Diagnostics.Metrics;
using Karmada.Orleans.Diagnostics.Process;
using Karmada.Orleans.Diagnostics.Prometheus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Karmada.Orleans.Dashboard;

/// <summary>
/// Wires /metrics and /dashboard into a silo host: services here, the (anonymous) page assets before
/// the token middleware, the endpoints after it.
/// </summary>
public static class DashboardHosting
{
    /// <summary>Metrics collection and the dashboard's services. The silo adds the grain call filter with AddGrainCallMetrics.</summary>
    public static IServiceCollection AddKarmadaDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GrainCallMetrics>();
        services.AddSingleton(_ => new MeterCollector());
        services.AddSingleton<IMetricsSource, ProcessMetricsSource>();
        services.AddSingleton<IMetricsSource, GrainRuntimeMetricsSource>();
        services.AddSingleton<IMetricsSource>(sp => sp.GetRequiredService<MeterCollector>());
        services.AddSingleton<IMetricsSource, ClusterMetricsSource>();
        services.AddSingleton<MetricsEndpoint>();
        services.AddSingleton<DashboardAssets>();
        services.AddSingleton<KarmadaViewBuilder>();
        services.AddSingleton<RuntimeSampler>();
        services.AddHostedService(sp => sp.GetRequiredService<RuntimeSampler>());
        return services;
    }

    /// <summary>Serves the page, script and stylesheet; call before authentication (they carry no data).</summary>
    public static IApplicationBuilder UseDashboardAssets(this IApplicationBuilder app)
    {
        var assets = app.ApplicationServices.GetRequiredService<DashboardAssets>();
        return app.Use(async (context, next) =>
        {
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && assets.TryGet(context.Request.Path, out var asset))
            {
                await DashboardAssets.WriteAsync(context, asset);
                return;
            }

            await next(context);
        });
    }

    /// <summary>GET /metrics and the dashboard's JSON endpoints; they sit behind the token middleware.</summary>
    public static void MapKarmadaDashboard(this IEndpointRouteBuilder endpoints)
    {
        var metrics = endpoints.ServiceProvider.GetRequiredService<MetricsEndpoint>();
        endpoints.MapGet("/metrics", metrics.HandleAsync);
        endpoints.MapGet("/dashboard/api/runtime", (HttpContext context, RuntimeSampler sampler) => DashboardApi.RuntimeAsync(context, sampler));
        endpoints.MapGet("/dashboard/api/karmada", (HttpContext context, KarmadaViewBuilder builder) => DashboardApi.KarmadaAsync(context, builder));
    }
}
