using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Karmada.Orleans.Apis;

/// <summary>
/// Types plain YAML scalars the way kubectl does (YAML 1.1 via go-yaml v2): null, booleans
/// (true/false, yes/no, on/off, y/n), integers (decimal, 0x, 0o, 0b, leading-0 octal, underscores)
/// and floats. Quoted scalars always stay strings.
/// </summary>
internal static partial class YamlScalarResolver
{
    private static readonly HashSet<string> Nulls = ["", "~", "null", "Null", "NULL"];
    private static readonly HashSet<string> Trues = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"];
    private static readonly HashSet<string> Falses = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"];

    public static JsonNode? Resolve(string plain)
    {
        if (Nulls.Contains(plain))
        {
            return null;
        }

        if (Trues.Contains(plain))
        {
            return JsonValue.Create(true);
        }

        if (Falses.Contains(plain))
        {
            return JsonValue.Create(false);
        }

        if (plain.Length > 0 && (char.IsAsciiDigit(plain[0]) || plain[0] is '-' or '+' or '.'))
        {
            var cleaned = plain.Replace("_", "", StringComparison.Ordinal);
            if (TryParseGoInteger(cleaned, out var integer))
            {
                return integer >= long.MinValue && integer <= ulong.MaxValue
                    ? integer >= long.MinValue && integer <= long.MaxValue ? JsonValue.Create((long)integer) : JsonValue.Create((ulong)integer)
                    : JsonValue.Create(plain);
            }

            if (FloatPattern().IsMatch(cleaned) && double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            {
                return d == Math.Floor(d) && Math.Abs(d) < 9.007199254740992e15
                    ? JsonValue.Create((long)d)
                    : JsonValue.Create(d);
            }
        }

        return JsonValue.Create(plain);
    }

    /// <summary>True when writing <paramref name="text"/> unquoted would read back as something other than this string.</summary>
    public static bool NeedsQuotes(string text)
        => Resolve(text) is not JsonValue value || value.GetValueKind() != System.Text.Json.JsonValueKind.String
            || text != text.Trim() || text.Contains('\n', StringComparison.Ordinal);

    // strconv.ParseInt(s, 0, 64) / ParseUint semantics: optional sign, then a base prefix.
    private static bool TryParseGoInteger(string s, out BigInteger value)
    {
        value = BigInteger.Zero;
        var negative = false;
        var i = 0;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            i = 1;
        }

        var body = s[i..];
        if (body.Length == 0)
        {
            return false;
        }

        int radix;
        if (body.Length > 2 && body[0] == '0' && body[1] is 'x' or 'X')
        {
            radix = 16;
            body = body[2..];
        }
        else if (body.Length > 2 && body[0] == '0' && body[1] is 'o' or 'O')
        {
            radix = 8;
            body = body[2..];
        }
        else if (body.Length > 2 && body[0] == '0' && body[1] is 'b' or 'B')
        {
            radix = 2;
            body = body[2..];
        }
        else if (body.Length > 1 && body[0] == '0')
        {
            radix = 8;
            body = body[1..];
        }
        else
        {
            radix = 10;
        }

        foreach (var c in body)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return false;
            }

            value = (value * radix) + digit;
        }

        if (negative)
        {
            value = -value;
        }

        // Beyond int64/uint64 go-yaml falls back to float; let the float path handle it.
        return value >= long.MinValue && value <= ulong.MaxValue;
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
