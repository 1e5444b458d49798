using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Diagnostics.Tests.Prometheus;

/// <summary>The test parser must itself reject what Prometheus rejects, or the scrape tests prove nothing.</summary>
public sealed class StrictParserTests
{
    [Theory]
    [InlineData("a 1\n", "without a TYPE")]
    [InlineData("# TYPE a counter\na 1", "line feed")]
    [InlineData("# TYPE a counter\na{x=\"1\"} 1\na{x=\"1\"} 2\n", "duplicate series")]
    [InlineData("# TYPE a counter\n# TYPE b counter\nb 1\na 1\n", "not together")]
    [InlineData("# TYPE a counter\na{x=1} 1\n", "quoted")]
    [InlineData("# TYPE a counter\na{x=\"\\t\"} 1\n", "bad escape")]
    [InlineData("# TYPE a counter\na one\n", "bad value")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n", "+Inf")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n", "increase")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 1\n", "_count")]
    [InlineData("# TYPE 1a counter\n", "bad metric name")]
    public void Rejects_invalid_expositions(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => PrometheusText.Parse(text));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
