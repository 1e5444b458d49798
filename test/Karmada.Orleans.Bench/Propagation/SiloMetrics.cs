using Karmada.Orleans.Members;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Bench.Propagation;

/// <summary>One reading of the silo's /metrics, parsed by the tests' strict Prometheus parser.</summary>
public static class SiloMetrics
{
    public static async Task<PrometheusText.Scrape> ScrapeAsync(KubernetesClusterClient karmada) =>
        PrometheusText.Parse(await karmada.Rest.GetStringAsync("/metrics", CancellationToken.None));
}
