namespace Karmada.Orleans.Apis;

/// <summary>
/// metav1.LabelSelectorAsSelector + Matches: matchLabels and matchExpressions (In, NotIn, Exists,
/// DoesNotExist) are ANDed; an empty selector matches everything. An invalid selector (unknown
/// operator, In/NotIn without values, Exists/DoesNotExist with values) matches nothing, as Karmada
/// treats a selector it cannot build.
/// </summary>
public static class LabelSelectorMatcher
{
    public static bool Matches(LabelSelector selector, IReadOnlyDictionary<string, string>? labels)
    {
        if (selector.MatchLabels is { } matchLabels)
        {
            foreach (var (key, value) in matchLabels)
            {
                if (labels is null || !labels.TryGetValue(key, out var actual) || actual != value)
                {
                    return false;
                }
            }
        }

        if (selector.MatchExpressions is { } expressions)
        {
            foreach (var requirement in expressions)
            {
                if (!Matches(requirement.Key, requirement.Operator, requirement.Values, labels))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The first reason <paramref name="selector"/> is invalid, or null.</summary>
    public static string? Validate(LabelSelector selector)
    {
        foreach (var requirement in selector.MatchExpressions ?? [])
        {
            var count = requirement.Values?.Count ?? 0;
            switch (requirement.Operator)
            {
                case LabelSelectorOperator.In or LabelSelectorOperator.NotIn when count == 0:
                    return $"values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty";
                case LabelSelectorOperator.Exists or LabelSelectorOperator.DoesNotExist when count != 0:
                    return $"values: Invalid value: {count}: values set must be empty for exists and does not exist";
                case LabelSelectorOperator.In or LabelSelectorOperator.NotIn or LabelSelectorOperator.Exists or LabelSelectorOperator.DoesNotExist:
                    break;
                default:
                    return $"\"{requirement.Operator}\" is not a valid label selector operator";
            }
        }

        return null;
    }

    /// <summary>One requirement with Kubernetes label semantics (NotIn and DoesNotExist match an absent key).</summary>
    internal static bool Matches(string key, string op, IReadOnlyList<string>? values, IReadOnlyDictionary<string, string>? labels)
    {
        var count = values?.Count ?? 0;
        string? actual = null;
        var present = labels is not null && labels.TryGetValue(key, out actual);
        switch (op)
        {
            case LabelSelectorOperator.In:
                return count > 0 && present && values!.Contains(actual!);
            case LabelSelectorOperator.NotIn:
                return count > 0 && (!present || !values!.Contains(actual!));
            case LabelSelectorOperator.Exists:
                return count == 0 && present;
            case LabelSelectorOperator.DoesNotExist:
                return count == 0 && !present;
            default:
                return false;
        }
    }
}
