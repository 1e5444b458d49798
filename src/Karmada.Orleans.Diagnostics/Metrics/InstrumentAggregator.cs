using System.Collections.Concurrent;
using Karmada.Orleans.Diagnostics.Prometheus;

namespace Karmada.Orleans.Diagnostics.Metrics;

/// <summary>Everything recorded by the instruments of one name, by series; written as one Prometheus family.</summary>
public abstract class InstrumentAggregator(string name, string help, MetricType type)
{
    public string Name { get; } = PrometheusTextWriter.SanitizeMetricName(name);

    public string Help { get; } = help;

    public MetricType Type { get; } = type;

    /// <summary>Observable instruments report afresh on each collection: forget what they said last time.</summary>
    public bool IsObserved { get; init; }

    internal abstract void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags);

    internal abstract void ForgetObservations();

    public abstract void Write(PrometheusTextWriter writer);
}

/// <summary>The series store shared by the aggregator kinds.</summary>
public abstract class InstrumentAggregator<TSeries> : InstrumentAggregator
    where TSeries : class
{
    private readonly ConcurrentDictionary<SeriesKey, TSeries> _series = new(SeriesKeyComparer.Instance);
    private readonly ConcurrentDictionary<SeriesKey, TSeries>.AlternateLookup<ReadOnlySpan<KeyValuePair<string, object?>>> _lookup;

    protected InstrumentAggregator(string name, string help, MetricType type)
        : base(name, help, type)
    {
        _lookup = _series.GetAlternateLookup<ReadOnlySpan<KeyValuePair<string, object?>>>();
    }

    /// <summary>Every series with its labels, sorted by label values so scrapes are stable.</summary>
    public IReadOnlyList<(IReadOnlyList<Label> Labels, TSeries Series)> AllSeries() =>
        _series.OrderBy(kv => string.Join('\u001f', kv.Key.Labels.Select(l => l.Value)), StringComparer.Ordinal)
            .Select(kv => ((IReadOnlyList<Label>)kv.Key.Labels, kv.Value)).ToList();

    protected TSeries Series(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (_lookup.TryGetValue(tags, out var series))
        {
            return series;
        }

        var created = Create();
        return _lookup.TryAdd(tags, created) ? created : _lookup[tags];
    }

    protected abstract TSeries Create();

    internal override void ForgetObservations()
    {
        if (IsObserved)
        {
            _series.Clear();
        }
    }

    public override void Write(PrometheusTextWriter writer)
    {
        var all = AllSeries();
        if (all.Count == 0)
        {
            return;
        }

        writer.Family(Name, Type, Help);
        foreach (var (labels, series) in all)
        {
            WriteSeries(writer, labels as Label[] ?? [.. labels], series);
        }
    }

    protected abstract void WriteSeries(PrometheusTextWriter writer, Label[] labels, TSeries series);
}
