using System.Globalization;
using Karmada.Orleans.Diagnostics.Metrics;

namespace Karmada.Orleans.Diagnostics.Prometheus;

/// <summary>
/// Writes the Prometheus text exposition format 0.0.4: per family one HELP and one TYPE line, then its
/// samples together. Names are sanitised to the allowed characters; a family may appear only once.
/// </summary>
public sealed class PrometheusTextWriter(TextWriter output)
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly HashSet<string> _families = new(StringComparer.Ordinal);
    private string? _family;

    /// <summary>Starts a family; every sample until the next family belongs to it.</summary>
    public void Family(string name, MetricType type, string help)
    {
        name = SanitizeMetricName(name);
        if (!_families.Add(name))
        {
            throw new InvalidOperationException($"metric family {name} was already written");
        }

        _family = name;
        output.Write("# HELP ");
        output.Write(name);
        output.Write(' ');
        output.Write(EscapeHelp(help));
        output.Write('\n');
        output.Write("# TYPE ");
        output.Write(name);
        output.Write(' ');
        output.Write(type switch
        {
            MetricType.Counter => "counter",
            MetricType.Gauge => "gauge",
            MetricType.Histogram => "histogram",
            _ => "untyped",
        });
        output.Write('\n');
    }

    /// <summary>A sample of the current family; <paramref name="suffix"/> is e.g. "_sum" for histograms.</summary>
    public void Sample(ReadOnlySpan<Label> labels, double value, string suffix = "")
    {
        var family = _family ?? throw new InvalidOperationException("write a family before its samples");
        output.Write(family);
        output.Write(suffix);
        WriteLabels(labels, default);
        output.Write(' ');
        output.Write(FormatValue(value));
        output.Write('\n');
    }

    /// <summary>The _bucket (cumulative, ending with le="+Inf"), _sum and _count samples of one histogram series.</summary>
    public void Histogram(ReadOnlySpan<Label> labels, HistogramSnapshot snapshot)
    {
        var family = _family ?? throw new InvalidOperationException("write a family before its samples");
        long cumulative = 0;
        for (var i = 0; i < snapshot.Counts.Count; i++)
        {
            cumulative += snapshot.Counts[i];
            var le = i < snapshot.Bounds.Count ? FormatValue(snapshot.Bounds[i]) : "+Inf";
            output.Write(family);
            output.Write("_bucket");
            WriteLabels(labels, new Label("le", le));
            output.Write(' ');
            output.Write(cumulative.ToString(CultureInfo.InvariantCulture));
            output.Write('\n');
        }

        Sample(labels, snapshot.Sum, "_sum");
        Sample(labels, cumulative, "_count");
    }

    public static string FormatValue(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : double.IsNaN(value) ? "NaN"
        : value == Math.Floor(value) && Math.Abs(value) < 1e15 ? ((long)value).ToString(CultureInfo.InvariantCulture)
        : value.ToString("R", CultureInfo.InvariantCulture);

    public static string SanitizeMetricName(string name) => Sanitize(name, allowColon: true);

    public static string SanitizeLabelName(string name) => Sanitize(name, allowColon: false);

    public static string EscapeLabelValue(string value) =>
        value.IndexOfAny(['\\', '"', '\n']) < 0 ? value : value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    public static string EscapeHelp(string help) =>
        help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private void WriteLabels(ReadOnlySpan<Label> labels, Label extra)
    {
        if (labels.IsEmpty && extra.Name is null)
        {
            return;
        }

        output.Write('{');
        var first = true;
        foreach (var label in labels)
        {
            WriteLabel(label, ref first);
        }

        if (extra.Name is not null)
        {
            WriteLabel(extra, ref first);
        }

        output.Write('}');
    }

    private void WriteLabel(Label label, ref bool first)
    {
        if (!first)
        {
            output.Write(',');
        }

        first = false;
        output.Write(SanitizeLabelName(label.Name));
        output.Write("=\"");
        output.Write(EscapeLabelValue(label.Value ?? ""));
        output.Write('"');
    }

    private static string Sanitize(string name, bool allowColon)
    {
        static bool Valid(char c, int i, bool colon) =>
            c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (colon && c == ':') || (i > 0 && c is >= '0' and <= '9');

        for (var i = 0; i < name.Length; i++)
        {
            if (!Valid(name[i], i, allowColon))
            {
                return string.Create(name.Length == 0 ? 1 : name.Length, (name, allowColon), static (span, state) =>
                {
                    for (var j = 0; j < span.Length; j++)
                    {
                        span[j] = j < state.name.Length && Valid(state.name[j], j, state.allowColon) ? state.name[j] : '_';
                    }
                });
            }
        }

        return name.Length == 0 ? "_" : name;
    }
}
