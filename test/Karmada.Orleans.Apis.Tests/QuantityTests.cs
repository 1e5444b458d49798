namespace Karmada.Orleans.Apis.Tests;

public sealed class QuantityTests
{
    [Theory]
    [InlineData("0", "0", 0, 0)]
    [InlineData("1", "1", 1, 1000)]
    [InlineData("500m", "500m", 1, 500)]
    [InlineData("1500m", "1500m", 2, 1500)]
    [InlineData("1.5", "1500m", 2, 1500)]
    [InlineData("0.1", "100m", 1, 100)]
    [InlineData("2000", "2k", 2000, 2000000)]
    [InlineData("1k", "1k", 1000, 1000000)]
    [InlineData("1M", "1M", 1000000, 1000000000)]
    [InlineData("1G", "1G", 1000000000, 1000000000000)]
    [InlineData("1Ki", "1Ki", 1024, 1024000)]
    [InlineData("1Mi", "1Mi", 1048576, 1048576000)]
    [InlineData("1024Mi", "1Gi", 1073741824, 1073741824000)]
    [InlineData("1.5Gi", "1536Mi", 1610612736, 1610612736000)]
    [InlineData("1Ti", "1Ti", 1099511627776, 1099511627776000)]
    [InlineData("1e3", "1e3", 1000, 1000000)]
    [InlineData("1E3", "1e3", 1000, 1000000)]
    [InlineData("5e-3", "5e-3", 1, 5)]
    [InlineData("100n", "100n", 1, 1)]
    [InlineData("-1", "-1", -1, -1000)]
    [InlineData("+2", "2", 2, 2000)]
    [InlineData("1u", "1u", 1, 1)]
    public void Parses_formats_and_rounds_like_Kubernetes(string text, string canonical, long value, long milli)
    {
        var q = Quantity.Parse(text);

        Assert.Equal(canonical, q.ToString());
        Assert.Equal(value, q.IntegerValue);
        Assert.Equal(milli, q.MilliValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("1KI")]
    [InlineData("1K")]
    [InlineData("m")]
    [InlineData("1e")]
    [InlineData("1 Gi")]
    public void Rejects_invalid_quantities(string text)
    {
        Assert.False(Quantity.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Quantity.Parse(text));
    }

    [Theory]
    [InlineData("1Gi", "1073741824", 0)]
    [InlineData("1G", "1Gi", -1)]
    [InlineData("500m", "0.5", 0)]
    [InlineData("2", "1999m", 1)]
    [InlineData("1e3", "1k", 0)]
    public void Compares_by_value(string a, string b, int expected)
    {
        Assert.Equal(expected, Math.Sign(Quantity.Parse(a).CompareTo(Quantity.Parse(b))));
        Assert.Equal(expected == 0, Quantity.Parse(a) == Quantity.Parse(b));
    }

    [Fact]
    public void Arithmetic_keeps_the_left_format()
    {
        var free = Quantity.Parse("8Gi") - Quantity.Parse("1Gi") - Quantity.Parse("512Mi");

        Assert.Equal("6656Mi", free.ToString());
        Assert.Equal("1500m", (Quantity.Parse("1") + Quantity.Parse("500m")).ToString());
    }

    [Fact]
    public void Sub_nano_precision_rounds_up()
    {
        Assert.Equal("1n", Quantity.Parse("0.0000000001").ToString());
    }

    [Fact]
    public void Serialises_as_a_string_and_reads_numbers()
    {
        var list = KarmadaJson.Deserialize<Dictionary<string, Quantity>>("""{"cpu":2,"memory":"1Gi","x":0.5}""");

        Assert.Equal(2, list["cpu"].IntegerValue);
        Assert.Equal(500, list["x"].MilliValue);
        Assert.Equal("""{"cpu":"2","memory":"1Gi","x":"500m"}""", KarmadaJson.Serialize(list));
    }
}
