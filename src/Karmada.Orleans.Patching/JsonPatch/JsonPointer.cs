using System.Text;

namespace Karmada.Orleans.Patching.JsonPatch;

/// <summary>An RFC 6901 JSON pointer: "" is the whole document, "/a/0" a path, <c>~1</c> is "/" and <c>~0</c> is "~".</summary>
public sealed class JsonPointer
{
    private JsonPointer(string text, IReadOnlyList<string> tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    /// <summary>The pointer as written.</summary>
    public string Text { get; }

    /// <summary>Unescaped reference tokens, outermost first.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> when it is not a JSON pointer.</summary>
    public static JsonPointer Parse(string text)
    {
        if (text.Length == 0)
        {
            return new JsonPointer(text, []);
        }

        if (text[0] != '/')
        {
            throw new FormatException($"JSON pointer {text} must be empty or start with '/'");
        }

        var tokens = new List<string>();
        foreach (var raw in text[1..].Split('/'))
        {
            tokens.Add(Unescape(raw, text));
        }

        return new JsonPointer(text, tokens);
    }

    /// <summary>Escapes one token for use in a pointer.</summary>
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>True when this pointer names a location strictly inside <paramref name="other"/>.</summary>
    public bool IsInside(JsonPointer other)
        => Tokens.Count > other.Tokens.Count && other.Tokens.SequenceEqual(Tokens.Take(other.Tokens.Count), StringComparer.Ordinal);

    public override string ToString() => Text;

    private static string Unescape(string raw, string pointer)
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

            var next = i + 1 < raw.Length ? raw[i + 1] : '\0';
            builder.Append(next switch
            {
                '0' => '~',
                '1' => '/',
                _ => throw new FormatException($"JSON pointer {pointer} has an invalid escape: '~' must be followed by 0 or 1"),
            });
            i++;
        }

        return builder.ToString();
    }
}
