using System.Globalization;
using System.Net;
using System.Text;

namespace Karmada.Orleans.Bench;

/// <summary>Small self-contained SVG charts for the README (no plotting library is available here).</summary>
public static class SvgChart
{
    private const int Width = 760;
    private const int Height = 360;
    private const int Left = 70;
    private const int Right = 20;
    private const int Top = 40;
    private const int Bottom = 70;
    private static readonly string[] Colors = ["#2f6fb3", "#e07b39", "#4a9a5b", "#9a4a8f"];

    /// <summary>Grouped bars: one group per category, one bar per series.</summary>
    public static string Bars(string title, string unit, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series)
    {
        var max = Nice(series.SelectMany(s => s.Values).DefaultIfEmpty(1).Max());
        var svg = Start(title);
        Axis(svg, max, unit);
        var plotWidth = Width - Left - Right;
        var group = plotWidth / (double)Math.Max(1, categories.Count);
        var bar = group * 0.8 / Math.Max(1, series.Count);
        for (var c = 0; c < categories.Count; c++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                var h = (Height - Top - Bottom) * value / max;
                var x = Left + (c * group) + (group * 0.1) + (s * bar);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{Height - Bottom - h:0.#}\" width=\"{bar - 2:0.#}\" height=\"{h:0.#}\" fill=\"{Colors[s % Colors.Length]}\"><title>{Escape(series[s].Name)}: {value:N0} {Escape(unit)}</title></rect>\n");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (c * group) + (group / 2):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{Escape(categories[c])}</text>\n");
        }

        Legend(svg, series.Select(s => s.Name).ToList());
        return End(svg);
    }

    /// <summary>Lines through (x, y) points, e.g. a latency distribution per run.</summary>
    public static string Lines(string title, string xLabel, string unit, IReadOnlyList<(string Name, IReadOnlyList<(double X, double Y)> Points)> series)
    {
        var maxY = Nice(series.SelectMany(s => s.Points).Select(p => p.Y).DefaultIfEmpty(1).Max());
        var svg = Start(title);
        Axis(svg, maxY, unit);
        for (var s = 0; s < series.Count; s++)
        {
            var points = string.Join(" ", series[s].Points.Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{Left + ((Width - Left - Right) * p.X / 100):0.#},{Height - Bottom - ((Height - Top - Bottom) * p.Y / maxY):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{Colors[s % Colors.Length]}\" stroke-width=\"2\" points=\"{points}\"/>\n");
        }

        for (var x = 0; x <= 100; x += 25)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + ((Width - Left - Right) * x / 100.0):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{x}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + ((Width - Left - Right) / 2)}\" y=\"{Height - Bottom + 34}\" text-anchor=\"middle\" font-size=\"12\">{Escape(xLabel)}</text>\n");
        Legend(svg, series.Select(s => s.Name).ToList());
        return End(svg);
    }

    private static StringBuilder Start(string title)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{Escape(title)}</text>\n");
        return svg;
    }

    private static void Axis(StringBuilder svg, double max, string unit)
    {
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var y = Height - Bottom - ((Height - Top - Bottom) * i / 4.0);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/><text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"11\">{value:#,0.##}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{Top + ((Height - Top - Bottom) / 2)}\" transform=\"rotate(-90 14 {Top + ((Height - Top - Bottom) / 2)})\" text-anchor=\"middle\" font-size=\"12\">{Escape(unit)}</text>\n");
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var x = Left + (i * 230);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{Height - 22}\" width=\"12\" height=\"12\" fill=\"{Colors[i % Colors.Length]}\"/><text x=\"{x + 18}\" y=\"{Height - 12}\" font-size=\"12\">{Escape(names[i])}</text>\n");
        }
    }

    private static string End(StringBuilder svg) => svg.Append("</svg>\n").ToString();

    private static double Nice(double max)
    {
        if (max <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= max)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
