namespace Karmada.Orleans.Policies;

/// <summary>Admission checks of resourceSelectors, label selectors and cluster affinities.</summary>
internal static class SelectorValidator
{
    private static readonly string[] LabelOperators = [LabelSelectorOperator.In, LabelSelectorOperator.NotIn, LabelSelectorOperator.Exists, LabelSelectorOperator.DoesNotExist];
    private static readonly string[] FieldKeys = [ClusterAffinityMatcher.ProviderField, ClusterAffinityMatcher.RegionField, ClusterAffinityMatcher.ZoneField];
    private static readonly string[] FieldOperators = [LabelSelectorOperator.In, LabelSelectorOperator.NotIn];

    public static void ResourceSelectors(IReadOnlyList<ResourceSelector>? selectors, string path, List<FieldError> errors)
    {
        for (var i = 0; i < (selectors?.Count ?? 0); i++)
        {
            var selector = selectors![i];
            var at = $"{path}[{i}]";
            if (string.IsNullOrEmpty(selector.ApiVersion))
            {
                errors.Add(FieldError.Required($"{at}.apiVersion"));
            }

            if (string.IsNullOrEmpty(selector.Kind))
            {
                errors.Add(FieldError.Required($"{at}.kind"));
            }

            if (selector.LabelSelector is { } labelSelector)
            {
                LabelSelector(labelSelector, $"{at}.labelSelector", errors);
            }
        }
    }

    /// <summary>Karmada checks fieldSelector keys and operators; label selectors are checked too, since an invalid one silently matches nothing.</summary>
    public static void ClusterAffinity(ClusterAffinity? affinity, string path, List<FieldError> errors)
    {
        if (affinity is null)
        {
            return;
        }

        if (affinity.LabelSelector is { } labelSelector)
        {
            LabelSelector(labelSelector, $"{path}.labelSelector", errors);
        }

        var expressions = affinity.FieldSelector?.MatchExpressions ?? [];
        for (var i = 0; i < expressions.Count; i++)
        {
            var at = $"{path}.fieldSelector.matchExpressions[{i}]";
            if (!FieldKeys.Contains(expressions[i].Key))
            {
                errors.Add(FieldError.NotSupported($"{at}.key", expressions[i].Key ?? "", FieldKeys));
            }

            if (!FieldOperators.Contains(expressions[i].Operator))
            {
                errors.Add(FieldError.NotSupported($"{at}.operator", expressions[i].Operator ?? "", FieldOperators));
            }
        }
    }

    private static void LabelSelector(LabelSelector selector, string path, List<FieldError> errors)
    {
        foreach (var (key, value) in selector.MatchLabels ?? new Dictionary<string, string>())
        {
            errors.AddRange(KubernetesNames.QualifiedNameErrors(key).Select(e => FieldError.Invalid($"{path}.matchLabels", key, e)));
            errors.AddRange(KubernetesNames.LabelValueErrors(value ?? "").Select(e => FieldError.Invalid($"{path}.matchLabels", value ?? "", e)));
        }

        var expressions = selector.MatchExpressions ?? [];
        for (var i = 0; i < expressions.Count; i++)
        {
            var requirement = expressions[i];
            var at = $"{path}.matchExpressions[{i}]";
            errors.AddRange(KubernetesNames.QualifiedNameErrors(requirement.Key ?? "").Select(e => FieldError.Invalid($"{at}.key", requirement.Key ?? "", e)));
            var count = requirement.Values?.Count ?? 0;
            if (!LabelOperators.Contains(requirement.Operator))
            {
                errors.Add(FieldError.NotSupported($"{at}.operator", requirement.Operator ?? "", LabelOperators));
            }
            else if (requirement.Operator is LabelSelectorOperator.In or LabelSelectorOperator.NotIn && count == 0)
            {
                errors.Add(FieldError.Required($"{at}.values", "must be specified when `operator` is 'In' or 'NotIn'"));
            }
            else if (requirement.Operator is LabelSelectorOperator.Exists or LabelSelectorOperator.DoesNotExist && count > 0)
            {
                errors.Add(FieldError.Forbidden($"{at}.values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
            }
        }
    }
}
