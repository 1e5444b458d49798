namespace Karmada.Orleans.Diagnostics.Prometheus;

/// <summary>Something that contributes metric families to a scrape of /metrics.</summary>
public interface IMetricsSource
{
    /// <summary>Writes this source's families; asynchronous for sources that read the store.</summary>
    ValueTask CollectAsync(PrometheusTextWriter writer, CancellationToken cancellationToken);
}
