namespace Karmada.Orleans.Storage.Selectors;

public enum SelectorOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    Exists,
    DoesNotExist,
    GreaterThan,
    LessThan,
}

/// <summary>One label requirement, e.g. <c>tier in (web,api)</c>.</summary>
public sealed record LabelRequirement(string Key, SelectorOperator Operator, IReadOnlyList<string> Values)
{
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        var has = labels.TryGetValue(Key, out var value);
        return Operator switch
        {
            SelectorOperator.Equals or SelectorOperator.In => has && Values.Contains(value!),
            SelectorOperator.NotEquals or SelectorOperator.NotIn => !has || !Values.Contains(value!),
            SelectorOperator.Exists => has,
            SelectorOperator.DoesNotExist => !has,
            SelectorOperator.GreaterThan => has && long.TryParse(value, out var g) && g > long.Parse(Values[0], System.Globalization.CultureInfo.InvariantCulture),
            SelectorOperator.LessThan => has && long.TryParse(value, out var l) && l < long.Parse(Values[0], System.Globalization.CultureInfo.InvariantCulture),
            _ => false,
        };
    }
}

/// <summary>A label selector in Kubernetes' string form (<c>app=nginx,tier in (web,api),!legacy</c>); all requirements must hold.</summary>
public sealed class LabelSelector
{
    private LabelSelector(IReadOnlyList<LabelRequirement> requirements) => Requirements = requirements;

    public IReadOnlyList<LabelRequirement> Requirements { get; }

    public bool IsEmpty => Requirements.Count == 0;

    public static LabelSelector Everything { get; } = new([]);

    /// <summary>Parses a selector; throws <see cref="StoreException"/> (Invalid) naming what is wrong.</summary>
    public static LabelSelector Parse(string? text) => new(new SelectorParser(text ?? "", labels: true).ParseAll());

    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        foreach (var requirement in Requirements)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => string.Join(",", Requirements.Select(SelectorParser.Format));
}
