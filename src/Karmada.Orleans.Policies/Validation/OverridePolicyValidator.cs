namespace Karmada.Orleans.Policies;

/// <summary>
/// Admission validation of OverridePolicy and ClusterOverridePolicy, as Karmada's webhook and CRD
/// schema do it, collecting every error: selectors, the deprecated targetCluster/overriders pair
/// against overrideRules, JSON pointer paths, operators, image components and values, label and
/// annotation keys, missing required fields and values.
/// </summary>
public static class OverridePolicyValidator
{
    public static IReadOnlyList<FieldError> Validate(OverridePolicy policy) => Validate(policy.Metadata, policy.Spec);

    public static IReadOnlyList<FieldError> Validate(ClusterOverridePolicy policy) => Validate(policy.Metadata, policy.Spec);

    /// <summary>The errors of <paramref name="spec"/>, fields named from "spec"; empty when it is valid.</summary>
    public static IReadOnlyList<FieldError> Validate(OverrideSpec spec)
    {
        var errors = new List<FieldError>();
        SelectorValidator.ResourceSelectors(spec.ResourceSelectors, "spec.resourceSelectors", errors);

        // The deprecated pair is an alternative to overrideRules; a list present but empty still counts, as in Karmada.
        if (spec.TargetCluster is not null && spec.OverrideRules is not null)
        {
            errors.Add(FieldError.Forbidden("spec.targetCluster", "overrideRules and targetCluster can't co-exist"));
        }

        if (!OverridersValidator.IsEmpty(spec.Overriders) && spec.OverrideRules is not null)
        {
            errors.Add(FieldError.Forbidden("spec.overriders", "overrideRules and overriders can't co-exist"));
        }

        SelectorValidator.ClusterAffinity(spec.TargetCluster, "spec.targetCluster", errors);
        if (spec.Overriders is { } overriders)
        {
            OverridersValidator.Validate(overriders, "spec.overriders", errors);
        }

        var rules = spec.OverrideRules ?? [];
        for (var i = 0; i < rules.Count; i++)
        {
            SelectorValidator.ClusterAffinity(rules[i].TargetCluster, $"spec.overrideRules[{i}].targetCluster", errors);
            if (rules[i].Overriders is { } ruleOverriders)
            {
                OverridersValidator.Validate(ruleOverriders, $"spec.overrideRules[{i}].overriders", errors);
            }
            else
            {
                errors.Add(FieldError.Required($"spec.overrideRules[{i}].overriders"));
            }
        }

        return errors;
    }

    private static List<FieldError> Validate(ObjectMeta metadata, OverrideSpec spec)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(metadata.Name))
        {
            errors.Add(FieldError.Required("metadata.name", "name is required"));
        }

        errors.AddRange(Validate(spec));
        return errors;
    }
}
