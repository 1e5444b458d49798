using System.Text.Json;
using System.Text.Json.Nodes;

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

    public bool Matches(JsonObject obj)
    {
        foreach (var requirement in Requirements)
        {
            var value = ValueAt(obj, requirement.Key);
            var equal = value == requirement.Values[0];
            if (requirement.Operator == SelectorOperator.Equals ? !equal : equal)
            {
                return false;
            }
        }

        return true;
    }

    public static string ValueAt(JsonObject obj, string path)
    {
        JsonNode? node = obj;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject o ? o[part] : null;
            if (node is null)
            {
                return "";
            }
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.String => node.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => node.ToJsonString(),
        };
    }

    public override string ToString() => string.Join(",", Requirements.Select(SelectorParser.Format));
}
