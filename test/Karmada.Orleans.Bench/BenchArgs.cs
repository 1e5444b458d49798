using System.Globalization;

namespace Karmada.Orleans.Bench;

/// <summary>--name value options of a bench verb.</summary>
public sealed class BenchArgs(IReadOnlyList<string> args)
{
    public string? Get(string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == $"--{name}")
            {
                return i + 1 < args.Count ? args[i + 1] : "true";
            }

            if (args[i].StartsWith($"--{name}=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 3)..];
            }
        }

        return null;
    }

    public bool Has(string name) => Get(name) is not null;

    public int GetInt(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double GetDouble(string name, double fallback) => Get(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string GetString(string name, string fallback) => Get(name) ?? fallback;
}
