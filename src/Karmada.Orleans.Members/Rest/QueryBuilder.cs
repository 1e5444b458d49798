using System.Text;

namespace Karmada.Orleans.Members.Rest;

/// <summary>Builds a query string, escaping values (label selectors contain '=', ',' and '!').</summary>
public sealed class QueryBuilder
{
    private readonly StringBuilder _query = new();

    public QueryBuilder Add(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        _query.Append(_query.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryBuilder Add(string name, long? value) =>
        value is null ? this : Add(name, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public QueryBuilder Add(string name, bool value) => value ? Add(name, "true") : this;

    public override string ToString() => _query.ToString();
}
