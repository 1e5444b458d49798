namespace Karmada.Orleans.Diagnostics.Prometheus;

/// <summary>The metric types of the Prometheus text format.</summary>
public enum MetricType
{
    Counter,
    Gauge,
    Histogram,
    Untyped,
}
