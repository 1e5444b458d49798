using System.Globalization;
using System.Text;

namespace Karmada.Orleans.Policies;

/// <summary>
/// RFC 6901 JSON pointers: "" is the whole document, otherwise "/"-separated reference tokens
/// with "~1" for '/' and "~0" for '~'.
/// </summary>
public static class JsonPointer
{
    /// <summary>
    /// The tokens of <paramref name="pointer"/>, or null with the reason it is not a JSON pointer. A
    /// null pointer is the empty one, as a missing field is in Go.
    /// </summary>
    public static IReadOnlyList<string>? TryParse(string? pointer, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(pointer))
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            error = "JSON pointer must be empty or start with a \"/\"";
            return null;
        }

        var tokens = new List<string>();
        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = Unescape(raw);
            if (token is null)
            {
                error = $"invalid escape in JSON pointer token \"{raw}\": '~' must be followed by '0' or '1'";
                return null;
            }

            tokens.Add(token);
        }

        return tokens;
    }

    /// <summary>The tokens of <paramref name="pointer"/>; throws <see cref="FormatException"/> when it is not a JSON pointer.</summary>
    public static IReadOnlyList<string> Parse(string pointer)
        => TryParse(pointer, out var error) ?? throw new FormatException($"{error}: \"{pointer}\"");

    /// <summary>One reference token escaped for use in a pointer.</summary>
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer of the given tokens.</summary>
    public static string Format(IEnumerable<string> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append('/').Append(Escape(token));
        }

        return builder.ToString();
    }

    /// <summary>
    /// An array index token: decimal digits, or a negative index counted from the end (as the JSON
    /// patch library Karmada uses accepts). Range checks are the caller's.
    /// </summary>
    internal static bool TryParseIndex(string token, out int index)
        => int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index) && token.Length > 0 && token[0] != '+';

    /// <summary>The node at <paramref name="tokens"/>, or false when the path does not exist.</summary>
    public static bool TryGet(JsonNode? root, IReadOnlyList<string> tokens, out JsonNode? node)
        => TryGet(root, tokens, tokens.Count, out node);

    /// <summary>The node at the first <paramref name="count"/> tokens, or false when that path does not exist.</summary>
    internal static bool TryGet(JsonNode? root, IReadOnlyList<string> tokens, int count, out JsonNode? node)
    {
        node = root;
        for (var i = 0; i < count; i++)
        {
            switch (node)
            {
                case JsonObject obj when obj.TryGetPropertyValue(tokens[i], out var child):
                    node = child;
                    break;
                case JsonArray array when TryParseIndex(tokens[i], out var index) && index >= 0 && index < array.Count:
                    node = array[index];
                    break;
                default:
                    node = null;
                    return false;
            }
        }

        return true;
    }

    private static string? Unescape(string raw)
    {
        if (!raw.Contains('~', StringComparison.Ordinal))
        {
            return raw;
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '~')
            {
                builder.Append(raw[i]);
                continue;
            }

            if (i + 1 >= raw.Length || (raw[i + 1] != '0' && raw[i + 1] != '1'))
            {
                return null;
            }

            builder.Append(raw[i + 1] == '0' ? '~' : '/');
            i++;
        }

        return builder.ToString();
    }
}
