using Karmada.Orleans.Diagnostics.Prometheus;

namespace Karmada.Orleans.Diagnostics.Metrics;

/// <summary>Gauges: the last value recorded or observed wins.</summary>
public sealed class LastValueAggregator(string name, string help) : InstrumentAggregator<ValueCell>(name, help, MetricType.Gauge)
{
    internal override void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) => Series(tags).Set(value);

    protected override ValueCell Create() => new();

    protected override void WriteSeries(PrometheusTextWriter writer, Label[] labels, ValueCell series) => writer.Sample(labels, series.Value);
}
