using Karmada.Orleans.Apis;

namespace Karmada.Orleans.Policies;

/// <summary>
/// Admission validation of PropagationPolicy and ClusterPropagationPolicy as Karmada's webhook does
/// it, collecting every error: selectors, clusterAffinity vs clusterAffinities, affinity names, spread
/// constraints, failover settings.
/// </summary>
public static class PropagationPolicyValidator
{
    public static IReadOnlyList<FieldError> Validate(PropagationSpec spec)
    {
        var errors = new List<FieldError>();
        if (spec.ResourceSelectors.Count == 0)
        {
            errors.Add(FieldError.Required("spec.resourceSelectors"));
        }

        SelectorValidator.ResourceSelectors(spec.ResourceSelectors, "spec.resourceSelectors", errors);
        var placement = spec.Placement;
        if (placement.ClusterAffinity is not null && placement.ClusterAffinities is not null)
        {
            errors.Add(FieldError.Forbidden("spec.placement.clusterAffinities", "clusterAffinities can not co-exist with clusterAffinity"));
        }

        SelectorValidator.ClusterAffinity(placement.ClusterAffinity, "spec.placement.clusterAffinity", errors);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var terms = placement.ClusterAffinities ?? [];
        for (var i = 0; i < terms.Count; i++)
        {
            var path = $"spec.placement.clusterAffinities[{i}]";
            if (string.IsNullOrEmpty(terms[i].AffinityName))
            {
                errors.Add(FieldError.Required($"{path}.affinityName"));
            }
            else if (!names.Add(terms[i].AffinityName))
            {
                errors.Add(FieldError.Invalid($"{path}.affinityName", terms[i].AffinityName, "each affinity term in a policy must have a unique name"));
            }

            SelectorValidator.ClusterAffinity(terms[i], path, errors);
        }

        ValidateSpreadConstraints(placement.SpreadConstraints ?? [], errors);
        var tolerations = placement.ClusterTolerations ?? [];
        for (var i = 0; i < tolerations.Count; i++)
        {
            var toleration = tolerations[i];
            var path = $"spec.placement.clusterTolerations[{i}]";
            if (toleration.Operator is not (null or "" or TolerationOperator.Equal or TolerationOperator.Exists))
            {
                errors.Add(FieldError.NotSupported($"{path}.operator", toleration.Operator, TolerationOperator.Equal, TolerationOperator.Exists));
            }

            if (toleration.Operator == TolerationOperator.Exists && !string.IsNullOrEmpty(toleration.Value))
            {
                errors.Add(FieldError.Invalid($"{path}.operator", toleration.Operator, "value must be empty when `operator` is 'Exists'"));
            }

            if (string.IsNullOrEmpty(toleration.Key) && toleration.Operator != TolerationOperator.Exists)
            {
                errors.Add(FieldError.Invalid($"{path}.operator", toleration.Operator ?? "", "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
            }

            if (toleration.TolerationSeconds is not null && toleration.Effect != TaintEffect.NoExecute)
            {
                errors.Add(FieldError.Invalid($"{path}.effect", toleration.Effect ?? "", "effect must be 'NoExecute' when `tolerationSeconds` is set"));
            }
        }

        if (spec.Failover?.Application is { } application)
        {
            if (application.DecisionConditions.TolerationSeconds is < 0)
            {
                errors.Add(FieldError.Invalid("spec.failover.application.decisionConditions.tolerationSeconds", application.DecisionConditions.TolerationSeconds.ToString()!, "must be greater than or equal to 0"));
            }

            if (application.PurgeMode == "Gracefully" && application.GracePeriodSeconds is <= 0)
            {
                errors.Add(FieldError.Invalid("spec.failover.application.gracePeriodSeconds", application.GracePeriodSeconds.ToString()!, "must be greater than 0"));
            }

            if (application.PurgeMode != "Gracefully" && application.GracePeriodSeconds is not null)
            {
                errors.Add(FieldError.Forbidden("spec.failover.application.gracePeriodSeconds", "only applies to purgeMode Gracefully"));
            }
        }

        return errors;
    }

    private static void ValidateSpreadConstraints(IReadOnlyList<SpreadConstraint> constraints, List<FieldError> errors)
    {
        var hasCluster = false;
        var hasField = false;
        for (var i = 0; i < constraints.Count; i++)
        {
            var c = constraints[i];
            var path = $"spec.placement.spreadConstraints[{i}]";
            if (!string.IsNullOrEmpty(c.SpreadByField) && !string.IsNullOrEmpty(c.SpreadByLabel))
            {
                errors.Add(FieldError.Invalid(path, $"spreadByField: {c.SpreadByField}, spreadByLabel: {c.SpreadByLabel}", "spreadByLabel should not co-exist with spreadByField"));
            }

            if (c.MaxGroups > 0 && c.MaxGroups < c.MinGroups)
            {
                errors.Add(FieldError.Invalid(path, $"maxGroups: {c.MaxGroups}, minGroups: {c.MinGroups}", "maxGroups lower than minGroups is not allowed"));
            }

            hasCluster |= c.SpreadByField == SpreadByField.Cluster;
            hasField |= !string.IsNullOrEmpty(c.SpreadByField);
        }

        if (hasField && !hasCluster)
        {
            errors.Add(FieldError.Invalid("spec.placement.spreadConstraints", "", "the cluster spread constraint must be enabled in one of the constraints in case of SpreadByField is enabled"));
        }
    }
}
