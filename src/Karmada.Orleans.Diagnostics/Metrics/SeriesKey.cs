using System.Globalization;
using Karmada.Orleans.Diagnostics.Prometheus;

namespace Karmada.Orleans.Diagnostics.Metrics;

/// <summary>The label set of one series, sorted by name; equal whatever order the tags were recorded in.</summary>
internal sealed class SeriesKey
{
    private SeriesKey(Label[] labels, int hash)
    {
        Labels = labels;
        Hash = hash;
    }

    public Label[] Labels { get; }

    public int Hash { get; }

    public static SeriesKey From(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new Label[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            labels[i] = new Label(tags[i].Key, Format(tags[i].Value));
        }

        Array.Sort(labels, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new SeriesKey(labels, HashOf(tags));
    }

    /// <summary>Order-insensitive, so tags recorded in another order find the same series.</summary>
    public static int HashOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var hash = tags.Length;
        foreach (var tag in tags)
        {
            hash += HashCode.Combine(tag.Key, Format(tag.Value));
        }

        return hash;
    }

    public bool Matches(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length != Labels.Length)
        {
            return false;
        }

        foreach (var tag in tags)
        {
            if (!Contains(tag.Key, tag.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tags should be strings; anything else is formatted (and allocates) on every recording.</summary>
    public static string Format(object? value) => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private bool Contains(string name, object? value)
    {
        foreach (var label in Labels)
        {
            if (string.Equals(label.Name, name, StringComparison.Ordinal))
            {
                return string.Equals(label.Value, Format(value), StringComparison.Ordinal);
            }
        }

        return false;
    }
}
