using System.Diagnostics.Metrics;
using Karmada.Orleans.Diagnostics.Metrics;
using Karmada.Orleans.Diagnostics.Prometheus;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Diagnostics.Tests.Metrics;

public sealed class MeterCollectorTests
{
    [Fact]
    public void Counters_histograms_and_gauges_become_prometheus_families()
    {
        var prefix = $"Karmada.Orleans.Test{Guid.NewGuid():n}";
        using var collector = new MeterCollector(prefix);
        using var meter = new Meter(prefix);
        var requests = meter.CreateCounter<long>("test_requests_total", description: "Requests.");
        var latency = meter.CreateHistogram<double>("test_duration_seconds", "s", "Latency.", tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 1] });
        var inflight = meter.CreateUpDownCounter<long>("test_inflight", description: "In flight.");
        var observed = 7;
        meter.CreateObservableGauge("test_observed", () => new Measurement<int>(observed, new KeyValuePair<string, object?>("kind", "x")), description: "Observed.");

        requests.Add(1, new("verb", "GET"), new("code", "200"));
        requests.Add(2, new("code", "200"), new("verb", "GET")); // same series, other tag order
        requests.Add(1, new("verb", "PUT"), new("code", "409"));
        latency.Record(0.05);
        latency.Record(3);
        inflight.Add(3);
        inflight.Add(-1);

        var scrape = PrometheusText.Parse(Collect(collector));
        Assert.Equal(3, scrape.Sum("test_requests_total", ("verb", "GET"), ("code", "200")));
        Assert.Equal(2, scrape.Samples("test_requests_total").Count());
        Assert.Equal("counter", scrape.Families["test_requests_total"].Type);
        Assert.Equal(1, scrape.Sum("test_duration_seconds_bucket", ("le", "0.1")));
        Assert.Equal(2, scrape.Sum("test_duration_seconds_bucket", ("le", "+Inf")));
        Assert.Equal(2, scrape.Sum("test_inflight"));
        Assert.Equal("gauge", scrape.Families["test_inflight"].Type);
        Assert.Equal(7, scrape.Sum("test_observed", ("kind", "x")));
        Assert.Equal(4, collector.Total("test_requests_total"));
        Assert.Equal(2, collector.Histogram("test_duration_seconds")!.Count);

        observed = 9;
        Assert.Equal(9, PrometheusText.Parse(Collect(collector)).Sum("test_observed"));
    }

    [Fact]
    public void Meters_outside_the_prefix_are_ignored()
    {
        var prefix = $"Karmada.Orleans.Test{Guid.NewGuid():n}";
        using var collector = new MeterCollector(prefix);
        using var other = new Meter("Somebody.Else");
        other.CreateCounter<long>("foreign_total").Add(1);
        Assert.Null(collector.Find("foreign_total"));
    }

    private static string Collect(MeterCollector collector)
    {
        var text = new StringWriter();
        collector.Collect(new PrometheusTextWriter(text));
        return text.ToString();
    }
}
