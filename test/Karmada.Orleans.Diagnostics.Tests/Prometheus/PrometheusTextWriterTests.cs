using Karmada.Orleans.Diagnostics.Metrics;
using Karmada.Orleans.Diagnostics.Prometheus;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Diagnostics.Tests.Prometheus;

public sealed class PrometheusTextWriterTests
{
    [Fact]
    public void Writes_counters_gauges_and_histograms_in_the_text_format()
    {
        var text = new StringWriter();
        var writer = new PrometheusTextWriter(text);
        writer.Family("apiserver_request_total", MetricType.Counter, "Requests.");
        writer.Sample([new Label("verb", "GET"), new Label("code", "200")], 3);
        writer.Family("up", MetricType.Gauge, "Up.");
        writer.Sample([], 1.5);
        writer.Family("latency_seconds", MetricType.Histogram, "Latency.");
        writer.Histogram([new Label("op", "x")], new HistogramSnapshot([0.1, 1], [2, 1, 1], 3.25));

        Assert.Equal(
            """
            # HELP apiserver_request_total Requests.
            # TYPE apiserver_request_total counter
            apiserver_request_total{verb="GET",code="200"} 3
            # HELP up Up.
            # TYPE up gauge
            up 1.5
            # HELP latency_seconds Latency.
            # TYPE latency_seconds histogram
            latency_seconds_bucket{op="x",le="0.1"} 2
            latency_seconds_bucket{op="x",le="1"} 3
            latency_seconds_bucket{op="x",le="+Inf"} 4
            latency_seconds_sum{op="x"} 3.25
            latency_seconds_count{op="x"} 4

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text.ToString());
        Assert.Equal(4, PrometheusText.Parse(text.ToString()).Sum("latency_seconds_count"));
    }

    [Fact]
    public void Escapes_label_values_and_help_and_formats_special_values()
    {
        var text = new StringWriter();
        var writer = new PrometheusTextWriter(text);
        writer.Family("odd.name-with chars", MetricType.Gauge, "Line one\nback\\slash");
        writer.Sample([new Label("path", "a\"b\\c\nd")], double.PositiveInfinity);
        writer.Sample([new Label("path", "nan")], double.NaN);
        writer.Sample([new Label("path", "small")], 0.000125);

        var output = text.ToString();
        Assert.Contains("# HELP odd_name_with_chars Line one\\nback\\\\slash\n", output, StringComparison.Ordinal);
        Assert.Contains("odd_name_with_chars{path=\"a\\\"b\\\\c\\nd\"} +Inf\n", output, StringComparison.Ordinal);
        Assert.Contains("odd_name_with_chars{path=\"nan\"} NaN\n", output, StringComparison.Ordinal);
        var parsed = PrometheusText.Parse(output);
        Assert.Equal("a\"b\\c\nd", parsed.Samples("odd_name_with_chars").First().Label("path"));
        Assert.Equal(0.000125, parsed.Sum("odd_name_with_chars", ("path", "small")));
    }

    [Fact]
    public void A_family_can_be_written_only_once()
    {
        var writer = new PrometheusTextWriter(new StringWriter());
        writer.Family("a", MetricType.Counter, "A.");
        Assert.Throws<InvalidOperationException>(() => writer.Family("a", MetricType.Counter, "A."));
    }

    [Theory]
    [InlineData("ok_name:sub", "ok_name:sub")]
    [InlineData("9starts_with_digit", "_starts_with_digit")]
    [InlineData("dots.and-dashes", "dots_and_dashes")]
    [InlineData("", "_")]
    public void Sanitizes_metric_names(string name, string expected) => Assert.Equal(expected, PrometheusTextWriter.SanitizeMetricName(name));

    [Theory]
    [InlineData(3.0, "3")]
    [InlineData(-2.0, "-2")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e20, "1E+20")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    public void Formats_values(double value, string expected) => Assert.Equal(expected, PrometheusTextWriter.FormatValue(value));
}
