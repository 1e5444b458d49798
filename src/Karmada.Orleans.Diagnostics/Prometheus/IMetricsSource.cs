namespace Karmada.Orleans.Diagnostics.Prometheus;

/// <summary>Something that contributes metric families to a scrape of /metrics.</summary>
public interface IMetricsSource
{
    void Collect(PrometheusTextWriter writer);
}
