using Karmada.Orleans.Diagnostics.Prometheus;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.Dashboard.Metrics;

/// <summary>GET /metrics: every registered source, in the Prometheus text format 0.0.4.</summary>
public sealed class MetricsEndpoint(IEnumerable<IMetricsSource> sources)
{
    private readonly IMetricsSource[] _sources = sources.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var writer = new PrometheusTextWriter(text);
        foreach (var source in _sources)
        {
            await source.CollectAsync(writer, context.RequestAborted);
        }

        context.Response.ContentType = PrometheusTextWriter.ContentType;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
