using System.Globalization;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>
/// A Kubernetes resource quantity ("500m", "1.5Gi", "2k", "1e3"). The value is exact to 1n (finer
/// fractions round up, as in Kubernetes) and prints canonically in the family it was written in.
/// </summary>
[JsonConverter(typeof(QuantityJsonConverter))]
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>
{
    private const decimal Nano = 0.000000001m;

    private static readonly (string Suffix, decimal Factor)[] BinarySuffixes =
    [
        ("Ki", 1024m), ("Mi", 1024m * 1024), ("Gi", 1024m * 1024 * 1024), ("Ti", 1024m * 1024 * 1024 * 1024),
        ("Pi", 1024m * 1024 * 1024 * 1024 * 1024), ("Ei", 1024m * 1024 * 1024 * 1024 * 1024 * 1024),
    ];

    private static readonly (string Suffix, int Exponent)[] DecimalSuffixes =
    [
        ("n", -9), ("u", -6), ("m", -3), ("k", 3), ("M", 6), ("G", 9), ("T", 12), ("P", 15), ("E", 18),
    ];

    public Quantity(decimal value, QuantityFormat format = QuantityFormat.DecimalSI)
    {
        Value = RoundUpToNano(value);
        Format = format;
    }

    public static Quantity Zero => default;

    /// <summary>The exact value in base units (cores, bytes, pods).</summary>
    public decimal Value { get; }

    public QuantityFormat Format { get; }

    public bool IsZero => Value == 0;

    /// <summary>The value rounded up to an integer (Kubernetes Quantity.Value()).</summary>
    public long IntegerValue => CeilingToLong(Value);

    /// <summary>The value in thousandths, rounded up (Kubernetes Quantity.MilliValue()).</summary>
    public long MilliValue => CeilingToLong(Value * 1000m);

    public static Quantity FromMilli(long milli) => new(milli / 1000m);

    public static Quantity Parse(string text)
        => TryParse(text, out var quantity)
            ? quantity
            : throw new FormatException($"quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$': \"{text}\"");

    public static bool TryParse(string? text, out Quantity quantity)
    {
        quantity = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var s = text.AsSpan();
        var i = 0;
        var negative = false;
        if (s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            i++;
        }

        var numberStart = i;
        var digits = 0;
        var dots = 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
        {
            if (s[i] == '.')
            {
                dots++;
            }
            else
            {
                digits++;
            }

            i++;
        }

        if (digits == 0 || dots > 1)
        {
            return false;
        }

        if (!decimal.TryParse(s[numberStart..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var suffix = s[i..];
        decimal factor;
        QuantityFormat format;
        if (suffix.IsEmpty)
        {
            factor = 1m;
            format = QuantityFormat.DecimalSI;
        }
        else if (TryBinary(suffix, out factor))
        {
            format = QuantityFormat.BinarySI;
        }
        else if (TryDecimal(suffix, out var exponent))
        {
            if (!TryPow10(exponent, out factor))
            {
                return false;
            }

            format = QuantityFormat.DecimalSI;
        }
        else if (TryExponent(suffix, out exponent))
        {
            if (!TryPow10(exponent, out factor))
            {
                return false;
            }

            format = QuantityFormat.DecimalExponent;
        }
        else
        {
            return false;
        }

        try
        {
            var value = number * factor;
            quantity = new Quantity(negative ? -value : value, format);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    public static Quantity operator +(Quantity a, Quantity b) => new(a.Value + b.Value, a.Format);

    public static Quantity operator -(Quantity a, Quantity b) => new(a.Value - b.Value, a.Format);

    public static bool operator ==(Quantity a, Quantity b) => a.Equals(b);

    public static bool operator !=(Quantity a, Quantity b) => !a.Equals(b);

    public static bool operator <(Quantity a, Quantity b) => a.CompareTo(b) < 0;

    public static bool operator >(Quantity a, Quantity b) => a.CompareTo(b) > 0;

    public static bool operator <=(Quantity a, Quantity b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Quantity a, Quantity b) => a.CompareTo(b) >= 0;

    /// <summary>Equality is by value, as Kubernetes' Cmp: "1Gi" equals "1073741824".</summary>
    public bool Equals(Quantity other) => Value == other.Value;

    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();

    public int CompareTo(Quantity other) => Value.CompareTo(other.Value);

    /// <summary>The canonical form: the largest suffix of the quantity's family that keeps an integer mantissa.</summary>
    public override string ToString()
    {
        if (Value == 0)
        {
            return "0";
        }

        var sign = Value < 0 ? "-" : "";
        var magnitude = Math.Abs(Value);
        if (Format == QuantityFormat.BinarySI && magnitude == decimal.Truncate(magnitude))
        {
            for (var k = BinarySuffixes.Length - 1; k >= 0; k--)
            {
                var (suffix, factor) = BinarySuffixes[k];
                if (magnitude >= factor && magnitude % factor == 0)
                {
                    return sign + (magnitude / factor).ToString("0", CultureInfo.InvariantCulture) + suffix;
                }
            }

            return sign + magnitude.ToString("0", CultureInfo.InvariantCulture);
        }

        // Decimal families (and fractional binary values, which Kubernetes prints as DecimalSI).
        for (var exponent = 18; exponent >= -9; exponent -= 3)
        {
            var scale = Pow10(exponent);
            var mantissa = magnitude / scale;
            if (mantissa == decimal.Truncate(mantissa))
            {
                var digits = mantissa.ToString("0", CultureInfo.InvariantCulture);
                if (Format == QuantityFormat.DecimalExponent)
                {
                    return sign + digits + (exponent == 0 ? "" : "e" + exponent.ToString(CultureInfo.InvariantCulture));
                }

                return sign + digits + DecimalSuffix(exponent);
            }
        }

        return sign + magnitude.ToString(CultureInfo.InvariantCulture);
    }

    private static string DecimalSuffix(int exponent)
    {
        if (exponent == 0)
        {
            return "";
        }

        foreach (var (suffix, e) in DecimalSuffixes)
        {
            if (e == exponent)
            {
                return suffix;
            }
        }

        return "";
    }

    private static bool TryBinary(ReadOnlySpan<char> suffix, out decimal factor)
    {
        foreach (var (s, f) in BinarySuffixes)
        {
            if (suffix.SequenceEqual(s))
            {
                factor = f;
                return true;
            }
        }

        factor = 0;
        return false;
    }

    private static bool TryDecimal(ReadOnlySpan<char> suffix, out int exponent)
    {
        foreach (var (s, e) in DecimalSuffixes)
        {
            if (suffix.SequenceEqual(s))
            {
                exponent = e;
                return true;
            }
        }

        exponent = 0;
        return false;
    }

    private static bool TryExponent(ReadOnlySpan<char> suffix, out int exponent)
    {
        exponent = 0;
        if (suffix.Length < 2 || suffix[0] is not ('e' or 'E'))
        {
            return false;
        }

        var rest = suffix[1..];
        var start = rest[0] is '+' or '-' ? 1 : 0;
        if (rest.Length == start)
        {
            return false;
        }

        foreach (var c in rest[start..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return int.TryParse(rest, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent);
    }

    private static bool TryPow10(int exponent, out decimal factor)
    {
        if (exponent is < -27 or > 27)
        {
            factor = 0;
            return false;
        }

        factor = Pow10(exponent);
        return true;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        if (exponent >= 0)
        {
            for (var i = 0; i < exponent; i++)
            {
                result *= 10m;
            }
        }
        else
        {
            for (var i = 0; i < -exponent; i++)
            {
                result /= 10m;
            }
        }

        return result;
    }

    private static decimal RoundUpToNano(decimal value)
    {
        var scaled = value / Nano;
        if (scaled == decimal.Truncate(scaled))
        {
            return value;
        }

        // Away from zero, as Kubernetes rounds sub-nano precision.
        return (value > 0 ? decimal.Ceiling(scaled) : decimal.Floor(scaled)) * Nano;
    }

    private static long CeilingToLong(decimal value)
    {
        var ceiling = value > 0 ? decimal.Ceiling(value) : decimal.Floor(value);
        return ceiling >= long.MaxValue ? long.MaxValue : ceiling <= long.MinValue ? long.MinValue : (long)ceiling;
    }
}
