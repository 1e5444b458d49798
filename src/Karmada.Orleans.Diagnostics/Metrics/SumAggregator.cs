using Karmada.Orleans.Diagnostics.Prometheus;

namespace Karmada.Orleans.Diagnostics.Metrics;

/// <summary>Counters and up-down counters: measurements add up. Observed instruments report totals, which replace.</summary>
public sealed class SumAggregator(string name, string help, MetricType type) : InstrumentAggregator<ValueCell>(name, help, type)
{
    public double Total => AllSeries().Sum(s => s.Series.Value);

    internal override void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var cell = Series(tags);
        if (IsObserved)
        {
            cell.Set(value);
        }
        else
        {
            cell.Add(value);
        }
    }

    protected override ValueCell Create() => new();

    protected override void WriteSeries(PrometheusTextWriter writer, Label[] labels, ValueCell series) => writer.Sample(labels, series.Value);
}
