using Karmada.Orleans.Diagnostics.Prometheus;

namespace Karmada.Orleans.Diagnostics.Metrics;

/// <summary>Histograms: one bucketed histogram per series, with the bounds the instrument advises.</summary>
public sealed class HistogramAggregator(string name, string help, IReadOnlyList<double> bounds) : InstrumentAggregator<Histogram>(name, help, MetricType.Histogram)
{
    public IReadOnlyList<double> Bounds { get; } = bounds;

    /// <summary>All series together, or only those whose labels pass <paramref name="filter"/>.</summary>
    public HistogramSnapshot Merged(Func<IReadOnlyList<Label>, bool>? filter = null) =>
        AllSeries().Where(s => filter is null || filter(s.Labels)).Aggregate(HistogramSnapshot.Empty(Bounds), (sum, s) => sum.Plus(s.Series.Snapshot()));

    internal override void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) => Series(tags).Record(value);

    protected override Histogram Create() => new(Bounds);

    protected override void WriteSeries(PrometheusTextWriter writer, Label[] labels, Histogram series) => writer.Histogram(labels, series.Snapshot());
}
