using System.Globalization;
using System.Text.RegularExpressions;

namespace Karmada.Orleans.TestSupport;

/// <summary>
/// A strict parser of the Prometheus text exposition format 0.0.4, for tests: it rejects what
/// Prometheus would reject (bad names, bad escapes, samples before their TYPE, a family split apart,
/// duplicate series) and checks histogram invariants (cumulative buckets ending in +Inf, _count = +Inf).
/// </summary>
public static partial class PrometheusText
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
    {
        public string Label(string name) => Labels.TryGetValue(name, out var value) ? value : "";
    }

    public sealed record Family(string Name, string Type, string? Help, List<Sample> Samples);

    public sealed class Scrape(IReadOnlyDictionary<string, Family> families)
    {
        public IReadOnlyDictionary<string, Family> Families => families;

        public IEnumerable<Sample> Samples(string name) =>
            families.Values.SelectMany(f => f.Samples).Where(s => s.Name == name);

        /// <summary>The sum of every sample of that name whose labels include <paramref name="labels"/>.</summary>
        public double Sum(string name, params (string Name, string Value)[] labels) =>
            Samples(name).Where(s => labels.All(l => s.Label(l.Name) == l.Value)).Sum(s => s.Value);

        public bool Has(string name) => Samples(name).Any();
    }

    public static Scrape Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("the exposition must end with a line feed");
        }

        var families = new Dictionary<string, Family>(StringComparer.Ordinal);
        var closed = new HashSet<string>(StringComparer.Ordinal);
        var series = new HashSet<string>(StringComparer.Ordinal);
        var helps = new Dictionary<string, string>(StringComparer.Ordinal);
        Family? current = null;
        var lineNumber = 0;
        foreach (var line in text.Split('\n')[..^1])
        {
            lineNumber++;
            string Where() => $"line {lineNumber}: '{line}'";
            if (line.StartsWith('#'))
            {
                var meta = MetaLine().Match(line);
                if (!meta.Success)
                {
                    continue;
                }

                var name = meta.Groups["name"].Value;
                RequireMetricName(name, Where);
                if (meta.Groups["kind"].Value == "HELP")
                {
                    if (!helps.TryAdd(name, Unescape(meta.Groups["rest"].Value, help: true, Where)))
                    {
                        throw new FormatException($"second HELP for {name} at {Where()}");
                    }

                    continue;
                }

                var type = meta.Groups["rest"].Value;
                if (type is not ("counter" or "gauge" or "histogram" or "summary" or "untyped"))
                {
                    throw new FormatException($"unknown type at {Where()}");
                }

                if (families.ContainsKey(name))
                {
                    throw new FormatException($"second TYPE for {name} at {Where()}");
                }

                if (current is not null)
                {
                    closed.Add(current.Name);
                }

                current = new Family(name, type, helps.GetValueOrDefault(name), []);
                families[name] = current;
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var sample = ParseSample(line, Where);
            var familyName = FamilyOf(sample.Name, families);
            if (familyName is null || !families.TryGetValue(familyName, out var family))
            {
                throw new FormatException($"sample without a TYPE line before it at {Where()}");
            }

            if (!ReferenceEquals(family, current) || closed.Contains(familyName))
            {
                throw new FormatException($"samples of {familyName} are not together at {Where()}");
            }

            var identity = sample.Name + "{" + string.Join(",", sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "}";
            if (!series.Add(identity))
            {
                throw new FormatException($"duplicate series {identity} at {Where()}");
            }

            family.Samples.Add(sample);
        }

        foreach (var family in families.Values.Where(f => f.Type == "histogram"))
        {
            CheckHistogram(family);
        }

        return new Scrape(families);
    }

    private static string? FamilyOf(string sampleName, Dictionary<string, Family> families)
    {
        if (families.TryGetValue(sampleName, out var exact) && exact.Type is not ("histogram" or "summary"))
        {
            return sampleName;
        }

        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (sampleName.EndsWith(suffix, StringComparison.Ordinal) && families.TryGetValue(sampleName[..^suffix.Length], out var f) && f.Type is "histogram" or "summary")
            {
                return f.Name;
            }
        }

        return null;
    }

    private static void CheckHistogram(Family family)
    {
        var groups = family.Samples.GroupBy(s => string.Join(",", s.Labels.Where(l => l.Key != "le").OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")));
        foreach (var group in groups)
        {
            var buckets = group.Where(s => s.Name == family.Name + "_bucket").ToList();
            if (buckets.Count == 0 || buckets[^1].Label("le") != "+Inf")
            {
                throw new FormatException($"histogram {family.Name}{{{group.Key}}} must end with an le=\"+Inf\" bucket");
            }

            var previousBound = double.NegativeInfinity;
            var previousCount = 0.0;
            foreach (var bucket in buckets)
            {
                var bound = ParseValue(bucket.Label("le"));
                if (bound <= previousBound || bucket.Value < previousCount)
                {
                    throw new FormatException($"histogram {family.Name}{{{group.Key}}} buckets must increase (le={bucket.Label("le")})");
                }

                (previousBound, previousCount) = (bound, bucket.Value);
            }

            var count = group.SingleOrDefault(s => s.Name == family.Name + "_count") ?? throw new FormatException($"histogram {family.Name}{{{group.Key}}} has no _count");
            _ = group.SingleOrDefault(s => s.Name == family.Name + "_sum") ?? throw new FormatException($"histogram {family.Name}{{{group.Key}}} has no _sum");
            if (count.Value != buckets[^1].Value)
            {
                throw new FormatException($"histogram {family.Name}{{{group.Key}}}: _count {count.Value} differs from the +Inf bucket {buckets[^1].Value}");
            }
        }
    }

    private static Sample ParseSample(string line, Func<string> where)
    {
        var i = 0;
        while (i < line.Length && line[i] is not ('{' or ' '))
        {
            i++;
        }

        var name = line[..i];
        RequireMetricName(name, where);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (i < line.Length && line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                var start = i;
                while (i < line.Length && line[i] != '=')
                {
                    i++;
                }

                var label = line[start..i];
                if (!LabelName().IsMatch(label) || label.StartsWith("__", StringComparison.Ordinal))
                {
                    throw new FormatException($"bad label name '{label}' at {where()}");
                }

                if (i + 1 >= line.Length || line[i + 1] != '"')
                {
                    throw new FormatException($"label value must be quoted at {where()}");
                }

                i += 2;
                var value = new System.Text.StringBuilder();
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new FormatException($"unterminated label value at {where()}");
                    }

                    var c = line[i++];
                    if (c == '"')
                    {
                        break;
                    }

                    if (c == '\\')
                    {
                        var escaped = i < line.Length ? line[i++] : throw new FormatException($"dangling escape at {where()}");
                        value.Append(escaped switch
                        {
                            '\\' => '\\',
                            '"' => '"',
                            'n' => '\n',
                            _ => throw new FormatException($"bad escape \\{escaped} at {where()}"),
                        });
                    }
                    else
                    {
                        value.Append(c);
                    }
                }

                if (!labels.TryAdd(label, value.ToString()))
                {
                    throw new FormatException($"label {label} twice at {where()}");
                }

                if (line[i] == ',')
                {
                    i++;
                }
                else if (line[i] != '}')
                {
                    throw new FormatException($"expected , or }} at {where()}");
                }
            }

            i++;
        }

        if (i >= line.Length || line[i] != ' ')
        {
            throw new FormatException($"expected a space before the value at {where()}");
        }

        var fields = line[(i + 1)..].Split(' ');
        if (fields.Length is 0 or > 2 || (fields.Length == 2 && !long.TryParse(fields[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            throw new FormatException($"expected a value and an optional timestamp at {where()}");
        }

        return new Sample(name, labels, ParseValue(fields[0], where));
    }

    private static double ParseValue(string text, Func<string>? where = null) => text switch
    {
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ when FloatValue().IsMatch(text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"bad value '{text}'{(where is null ? "" : " at " + where())}"),
    };

    private static string Unescape(string text, bool help, Func<string> where)
    {
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                result.Append(text[i]);
                continue;
            }

            var next = ++i < text.Length ? text[i] : throw new FormatException($"dangling escape at {where()}");
            result.Append(next switch
            {
                '\\' => '\\',
                'n' => '\n',
                '"' when !help => '"',
                _ => throw new FormatException($"bad escape \\{next} at {where()}"),
            });
        }

        return result.ToString();
    }

    private static void RequireMetricName(string name, Func<string> where)
    {
        if (!MetricName().IsMatch(name))
        {
            throw new FormatException($"bad metric name '{name}' at {where()}");
        }
    }

    [GeneratedRegex("^# (?<kind>HELP|TYPE) (?<name>[^ ]+) ?(?<rest>.*)$")]
    private static partial Regex MetaLine();

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();

    [GeneratedRegex(@"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")]
    private static partial Regex FloatValue();
}
