using Microsoft.AspNetCore.Builder;

namespace Karmada.Orleans.ApiServer.Http;

public static class ApiRequestMetricsExtensions
{
    /// <summary>Counts and times every request; add it first so rejected (401) requests count too.</summary>
    public static IApplicationBuilder UseApiRequestMetrics(this IApplicationBuilder app) => app.UseMiddleware<ApiRequestMetrics>();
}
