using System.Globalization;

namespace Karmada.Orleans.MemberSim;

/// <summary>Go-style durations on the command line: 500ms, 2s, 1m.</summary>
public static class Durations
{
    public static TimeSpan Parse(string text)
    {
        var units = new (string Suffix, Func<double, TimeSpan> Make)[]
        {
            ("ms", TimeSpan.FromMilliseconds), ("s", TimeSpan.FromSeconds), ("m", TimeSpan.FromMinutes), ("h", TimeSpan.FromHours),
        };
        foreach (var (suffix, make) in units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)
                && double.TryParse(text.AsSpan(0, text.Length - suffix.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                return make(value);
            }
        }

        throw new FormatException($"invalid duration \"{text}\": use e.g. 500ms, 2s or 1m");
    }
}
