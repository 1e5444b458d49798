using System.Globalization;

namespace Karmada.Orleans.Apis;

/// <summary>
/// Whether a Cluster matches a ClusterAffinity, as Karmada decides it: an excluded name never
/// matches; otherwise labelSelector, fieldSelector and clusterNames (when given) must all match.
/// fieldSelector keys are <c>provider</c> and <c>region</c> (single values) and <c>zone</c> (against
/// every entry of spec.zones).
/// </summary>
public static class ClusterAffinityMatcher
{
    public const string ProviderField = "provider";
    public const string RegionField = "region";
    public const string ZoneField = "zone";

    public static bool Matches(Cluster cluster, ClusterAffinity affinity)
    {
        var name = cluster.Metadata.Name ?? "";
        if (affinity.Exclude is { } exclude && exclude.Contains(name))
        {
            return false;
        }

        if (affinity.LabelSelector is { } selector
            && (LabelSelectorMatcher.Validate(selector) is not null || !LabelSelectorMatcher.Matches(selector, cluster.Metadata.Labels)))
        {
            return false;
        }

        if (affinity.FieldSelector is { } fields && !FieldsMatch(cluster, fields))
        {
            return false;
        }

        return affinity.ClusterNames is not { Count: > 0 } names || names.Contains(name);
    }

    private static bool FieldsMatch(Cluster cluster, FieldSelector selector)
    {
        Dictionary<string, string>? clusterFields = null;
        foreach (var requirement in selector.MatchExpressions)
        {
            if (requirement.Key == ZoneField)
            {
                if (!ZonesMatch(requirement, cluster.Spec.Zones ?? []))
                {
                    return false;
                }

                continue;
            }

            clusterFields ??= ExtractFields(cluster);
            if (!NodeSelectorRequirementMatches(requirement, clusterFields))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, string> ExtractFields(Cluster cluster)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(cluster.Spec.Provider))
        {
            fields[ProviderField] = cluster.Spec.Provider;
        }

        if (!string.IsNullOrEmpty(cluster.Spec.Region))
        {
            fields[RegionField] = cluster.Spec.Region;
        }

        return fields;
    }

    // In: every zone of the cluster must be listed (and it must have zones); NotIn: none may be listed.
    private static bool ZonesMatch(NodeSelectorRequirement requirement, IReadOnlyList<string> zones)
    {
        var values = requirement.Values ?? [];
        return requirement.Operator switch
        {
            LabelSelectorOperator.In => zones.Count > 0 && zones.All(values.Contains),
            LabelSelectorOperator.NotIn => !zones.Any(values.Contains),
            LabelSelectorOperator.Exists => zones.Count > 0,
            LabelSelectorOperator.DoesNotExist => zones.Count == 0,
            _ => false,
        };
    }

    /// <summary>A node-selector requirement (In, NotIn, Exists, DoesNotExist, Gt, Lt) against a label set.</summary>
    public static bool NodeSelectorRequirementMatches(NodeSelectorRequirement requirement, IReadOnlyDictionary<string, string> labels)
    {
        var values = requirement.Values ?? [];
        switch (requirement.Operator)
        {
            case LabelSelectorOperator.Gt or LabelSelectorOperator.Lt:
                if (values.Count != 1 || !long.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bound))
                {
                    return false;
                }

                if (!labels.TryGetValue(requirement.Key, out var actual)
                    || !long.TryParse(actual, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    return false;
                }

                return requirement.Operator == LabelSelectorOperator.Gt ? number > bound : number < bound;
            default:
                return LabelSelectorMatcher.Matches(requirement.Key, requirement.Operator, values, labels);
        }
    }
}
