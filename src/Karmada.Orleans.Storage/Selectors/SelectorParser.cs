using System.Text;

namespace Karmada.Orleans.Storage.Selectors;

/// <summary>Parses the string form of label and field selectors, reporting the first problem with its position.</summary>
internal sealed class SelectorParser(string text, bool labels)
{
    private int _pos;

    public List<LabelRequirement> ParseAll()
    {
        var result = new List<LabelRequirement>();
        SkipSpaces();
        if (_pos == text.Length)
        {
            return result;
        }

        while (true)
        {
            result.Add(ParseRequirement());
            SkipSpaces();
            if (_pos == text.Length)
            {
                return result;
            }

            Expect(',');
        }
    }

    public static string Format(LabelRequirement r) => r.Operator switch
    {
        SelectorOperator.Equals => $"{r.Key}={r.Values[0]}",
        SelectorOperator.NotEquals => $"{r.Key}!={r.Values[0]}",
        SelectorOperator.In => $"{r.Key} in ({string.Join(",", r.Values)})",
        SelectorOperator.NotIn => $"{r.Key} notin ({string.Join(",", r.Values)})",
        SelectorOperator.Exists => r.Key,
        SelectorOperator.DoesNotExist => $"!{r.Key}",
        SelectorOperator.GreaterThan => $"{r.Key}>{r.Values[0]}",
        _ => $"{r.Key}<{r.Values[0]}",
    };

    private LabelRequirement ParseRequirement()
    {
        SkipSpaces();
        if (labels && Peek() == '!')
        {
            _pos++;
            return new LabelRequirement(ParseKey(), SelectorOperator.DoesNotExist, []);
        }

        var key = ParseKey();
        SkipSpaces();
        if (_pos == text.Length || Peek() == ',')
        {
            return labels ? new LabelRequirement(key, SelectorOperator.Exists, []) : throw Error($"field selector requirement '{key}' needs an operator (=, == or !=)");
        }

        if (Match("==") || Match("="))
        {
            return new LabelRequirement(key, SelectorOperator.Equals, [ParseValue()]);
        }

        if (Match("!="))
        {
            return new LabelRequirement(key, SelectorOperator.NotEquals, [ParseValue()]);
        }

        if (labels && (Match(">") || Match("<")))
        {
            var op = text[_pos - 1] == '>' ? SelectorOperator.GreaterThan : SelectorOperator.LessThan;
            var value = ParseValue();
            if (!long.TryParse(value, out _))
            {
                throw Error($"for '{key}', the value of > and < must be an integer, not '{value}'");
            }

            return new LabelRequirement(key, op, [value]);
        }

        if (labels && MatchWord("notin"))
        {
            return new LabelRequirement(key, SelectorOperator.NotIn, ParseSet(key));
        }

        if (labels && MatchWord("in"))
        {
            return new LabelRequirement(key, SelectorOperator.In, ParseSet(key));
        }

        throw Error($"unexpected '{text[_pos..]}' after '{key}'");
    }

    private List<string> ParseSet(string key)
    {
        SkipSpaces();
        Expect('(');
        var values = new List<string>();
        while (true)
        {
            SkipSpaces();
            values.Add(ParseValue());
            SkipSpaces();
            if (Peek() == ')')
            {
                _pos++;
                return values;
            }

            if (Peek() != ',')
            {
                throw Error($"set of values for '{key}' must be closed with ')'");
            }

            _pos++;
        }
    }

    private string ParseKey()
    {
        SkipSpaces();
        var start = _pos;
        while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] is '-' or '_' or '.' or '/'))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw Error("a key was expected");
        }

        var key = text[start.._pos];
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var name = slash >= 0 ? key[(slash + 1)..] : key;
        if (labels && (name.Length == 0 || name.Length > 63 || !char.IsLetterOrDigit(name[0]) || !char.IsLetterOrDigit(name[^1])))
        {
            throw Error($"invalid label key '{key}': name part must be 1-63 characters, start and end with an alphanumeric character");
        }

        return key;
    }

    private string ParseValue()
    {
        SkipSpaces();
        var sb = new StringBuilder();
        while (_pos < text.Length && text[_pos] is not (',' or ')' or ' ' or '(' or '!' or '='))
        {
            if (text[_pos] == '\\' && _pos + 1 < text.Length)
            {
                _pos++;
            }

            sb.Append(text[_pos++]);
        }

        var value = sb.ToString();
        if (labels && value.Length > 63)
        {
            throw Error($"invalid label value '{value}': must be 63 characters or less");
        }

        return value;
    }

    private char Peek() => _pos < text.Length ? text[_pos] : '\0';

    private bool Match(string token)
    {
        if (string.CompareOrdinal(text, _pos, token, 0, token.Length) != 0)
        {
            return false;
        }

        _pos += token.Length;
        return true;
    }

    private bool MatchWord(string word)
    {
        var end = _pos + word.Length;
        if (end > text.Length || string.CompareOrdinal(text, _pos, word, 0, word.Length) != 0 || (end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return false;
        }

        _pos = end;
        return true;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        _pos++;
    }

    private void SkipSpaces()
    {
        while (_pos < text.Length && text[_pos] == ' ')
        {
            _pos++;
        }
    }

    private StoreException Error(string what) =>
        new(StoreErrorKind.Invalid, $"unable to parse {(labels ? "label" : "field")} selector \"{text}\": {what} (at position {_pos})");
}
