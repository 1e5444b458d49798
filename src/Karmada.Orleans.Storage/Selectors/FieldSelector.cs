using System.Text.Json;

namespace Karmada.Orleans.Storage.Selectors;

/// <summary>
/// A field selector (<c>metadata.name=nginx,involvedObject.kind=Deployment</c>): =, == and != on
/// dotted paths into the object, compared as strings.
/// </summary>
public sealed class FieldSelector
{
    private FieldSelector(IReadOnlyList<LabelRequirement> requirements) => Requirements = requirements;

    public IReadOnlyList<LabelRequirement> Requirements { get; }

    public bool IsEmpty => Requirements.Count == 0;

    public static FieldSelector Parse(string? text) => new(new SelectorParser(text ?? "", labels: false).ParseAll());

    /// <summary>The value a requirement on <paramref name="field"/> must equal, if the selector pins it (e.g. metadata.name).</summary>
    public string? RequiredValue(string field) =>
        Requirements.FirstOrDefault(r => r.Key == field && r.Operator == SelectorOperator.Equals)?.Values[0];

    public bool Matches(JsonElement obj)
    {
        foreach (var requirement in Requirements)
        {
            var equal = ValueAt(obj, requirement.Key) == requirement.Values[0];
            if (requirement.Operator == SelectorOperator.Equals ? !equal : equal)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value at a dotted path as a selector compares it: strings as they are, other values as JSON, nothing as "".</summary>
    public static string ValueAt(JsonElement obj, string path)
    {
        var element = obj;
        foreach (var part in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
            {
                return "";
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "",
            _ => element.GetRawText(),
        };
    }

    public override string ToString() => string.Join(",", Requirements.Select(SelectorParser.Format));
}
