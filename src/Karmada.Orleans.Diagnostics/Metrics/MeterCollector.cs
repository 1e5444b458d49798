using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Karmada.Orleans.Diagnostics.Prometheus;

namespace Karmada.Orleans.Diagnostics.Metrics;

/// <summary>
/// Listens to the System.Diagnostics.Metrics instruments of the project's meters (names starting with
/// the prefix) and aggregates them for Prometheus: the instrumented code needs nothing but the in-box
/// Meter API. Instruments of the same name (e.g. from several meter instances) share one family.
/// </summary>
public sealed class MeterCollector : IMetricsSource, IDisposable
{
    public const string DefaultPrefix = "Karmada.Orleans";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, InstrumentAggregator> _aggregators = new(StringComparer.Ordinal);
    private readonly Lock _collecting = new();
    private readonly string _prefix;

    public MeterCollector(string prefix = DefaultPrefix)
    {
        _prefix = prefix;
        _listener.InstrumentPublished = OnPublished;
        _listener.SetMeasurementEventCallback<long>(static (_, value, tags, state) => ((InstrumentAggregator)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>(static (_, value, tags, state) => ((InstrumentAggregator)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<double>(static (_, value, tags, state) => ((InstrumentAggregator)state!).Record(value, tags));
        _listener.Start();
    }

    public IEnumerable<InstrumentAggregator> Instruments => _aggregators.Values;

    public InstrumentAggregator? Find(string name) => _aggregators.GetValueOrDefault(name);

    /// <summary>The sum over all series of a counter or up-down counter (0 when nothing was recorded yet).</summary>
    public double Total(string name) => Find(name) is SumAggregator sum ? sum.Total : 0;

    /// <summary>A histogram over all (or the filtered) series; null when the instrument never published.</summary>
    public HistogramSnapshot? Histogram(string name, Func<IReadOnlyList<Label>, bool>? filter = null) =>
        Find(name) is HistogramAggregator histogram ? histogram.Merged(filter) : null;

    public ValueTask CollectAsync(PrometheusTextWriter writer, CancellationToken cancellationToken)
    {
        Collect(writer);
        return ValueTask.CompletedTask;
    }

    public void Collect(PrometheusTextWriter writer)
    {
        lock (_collecting)
        {
            foreach (var aggregator in _aggregators.Values)
            {
                aggregator.ForgetObservations();
            }

            _listener.RecordObservableInstruments();
            foreach (var aggregator in _aggregators.Values.OrderBy(a => a.Name, StringComparer.Ordinal))
            {
                aggregator.Write(writer);
            }
        }
    }

    public void Dispose() => _listener.Dispose();

    private void OnPublished(Instrument instrument, MeterListener listener)
    {
        if (!instrument.Meter.Name.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return;
        }

        var aggregator = _aggregators.GetOrAdd(instrument.Name, static (_, i) => CreateAggregator(i), instrument);
        listener.EnableMeasurementEvents(instrument, aggregator);
    }

    private static InstrumentAggregator CreateAggregator(Instrument instrument)
    {
        var kind = instrument.GetType().GetGenericTypeDefinition();
        var help = instrument.Description ?? instrument.Name;
        if (kind == typeof(Counter<>))
        {
            return new SumAggregator(instrument.Name, help, MetricType.Counter);
        }

        if (kind == typeof(ObservableCounter<>))
        {
            return new SumAggregator(instrument.Name, help, MetricType.Counter) { IsObserved = true };
        }

        if (kind == typeof(UpDownCounter<>))
        {
            return new SumAggregator(instrument.Name, help, MetricType.Gauge);
        }

        if (kind == typeof(ObservableUpDownCounter<>))
        {
            return new SumAggregator(instrument.Name, help, MetricType.Gauge) { IsObserved = true };
        }

        if (kind == typeof(Histogram<>))
        {
            return new HistogramAggregator(instrument.Name, help, AdvisedBounds(instrument) ?? HistogramBounds.Default);
        }

        return new LastValueAggregator(instrument.Name, help) { IsObserved = instrument.IsObservable };
    }

    private static double[]? AdvisedBounds(Instrument instrument) => instrument switch
    {
        Instrument<double> d => d.Advice?.HistogramBucketBoundaries?.ToArray(),
        Instrument<long> l => l.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Instrument<int> i => i.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        _ => null,
    };
}
