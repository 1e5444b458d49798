namespace Karmada.Orleans.Policies;

/// <summary>
/// Overrides a resource template for one member cluster, as Karmada's binding controller does when
/// it renders the cluster's Work.
/// <list type="number">
/// <item>ClusterOverridePolicies first, then (for namespaced objects only) the OverridePolicies of the
/// object's namespace, matched against the object as the cluster-wide ones left it.</item>
/// <item>A policy applies when any resourceSelector selects the object, or it has none. Within each
/// kind, policies go by implicit priority, lowest first (match-all, then labelSelector, then name:
/// the most specific is applied last and wins), then by name.</item>
/// <item>Each policy's rules (or the deprecated targetCluster + overriders pair) apply in order when
/// their targetCluster matches the cluster (no targetCluster: every cluster).</item>
/// </list>
/// Pure: the template is not modified.
/// </summary>
public static class OverrideManager
{
    public static OverrideResult Apply(
        JsonObject template,
        Cluster cluster,
        IEnumerable<ClusterOverridePolicy> clusterOverridePolicies,
        IEnumerable<OverridePolicy> overridePolicies)
    {
        var obj = (JsonObject)template.DeepClone();
        var clusterPolicies = clusterOverridePolicies.Select(p => new GeneralPolicy(ClusterOverridePolicy.KindName, null, p.Metadata.Name ?? "", p.Spec ?? new OverrideSpec()));
        (obj, var appliedCluster, var error) = ApplyRules(obj, MatchingRules(obj, cluster, clusterPolicies));
        if (error is not null)
        {
            return new OverrideResult { Error = error };
        }

        var appliedNamespaced = AppliedOverrides.Empty;
        var ns = (obj["metadata"] as JsonObject)?["namespace"].AsString();
        if (!string.IsNullOrEmpty(ns))
        {
            var policies = overridePolicies
                .Where(p => (p.Metadata.Namespace ?? "") == ns)
                .Select(p => new GeneralPolicy(OverridePolicy.KindName, ns, p.Metadata.Name ?? "", p.Spec ?? new OverrideSpec()));
            (obj, appliedNamespaced, error) = ApplyRules(obj, MatchingRules(obj, cluster, policies));
            if (error is not null)
            {
                return new OverrideResult { Error = error };
            }
        }

        return new OverrideResult { Object = obj, AppliedClusterOverrides = appliedCluster, AppliedOverrides = appliedNamespaced };
    }

    /// <summary>The rules of <paramref name="policies"/> that apply to <paramref name="obj"/> in <paramref name="cluster"/>, in application order.</summary>
    internal static List<MatchedRule> MatchingRules(JsonObject obj, Cluster cluster, IEnumerable<GeneralPolicy> policies)
    {
        var selected = new List<(GeneralPolicy Policy, ImplicitPriority Priority)>();
        foreach (var policy in policies)
        {
            var selectors = policy.Spec.ResourceSelectors ?? [];
            var priority = selectors.Count == 0 ? ImplicitPriority.MatchAll : ResourceSelectorMatcher.Priority(obj, selectors);
            if (priority != ImplicitPriority.MisMatch)
            {
                selected.Add((policy, priority));
            }
        }

        var rules = new List<MatchedRule>();
        foreach (var (policy, _) in selected.OrderBy(s => s.Priority).ThenBy(s => s.Policy.Name, StringComparer.Ordinal))
        {
            foreach (var (field, targetCluster, overriders) in Rules(policy.Spec))
            {
                if (targetCluster is null || ClusterAffinityMatcher.Matches(cluster, targetCluster))
                {
                    rules.Add(new MatchedRule(policy, field, overriders));
                }
            }
        }

        return rules;
    }

    // overrideRules when present; otherwise the deprecated pair as one rule (admission keeps them exclusive).
    private static IEnumerable<(string Field, ClusterAffinity? TargetCluster, Overriders Overriders)> Rules(OverrideSpec spec)
    {
        if (spec.OverrideRules is { Count: > 0 } rules)
        {
            return rules.Select((rule, i) => ($"spec.overrideRules[{i}].overriders", rule.TargetCluster, rule.Overriders ?? new Overriders()));
        }

        return [("spec.overriders", spec.TargetCluster, spec.Overriders ?? new Overriders())];
    }

    private static (JsonObject Object, AppliedOverrides Applied, OverrideError? Error) ApplyRules(JsonObject obj, List<MatchedRule> rules)
    {
        var applied = new List<OverridePolicyShadow>();
        foreach (var rule in rules)
        {
            try
            {
                obj = OverridersApplier.Apply(obj, rule.Overriders);
            }
            catch (OverriderException e)
            {
                var error = new OverrideError(rule.Policy.Kind, rule.Policy.Namespace, rule.Policy.Name, $"{rule.Field}.{e.Field}", e.Path, e.Message);
                return (obj, AppliedOverrides.Empty, error);
            }

            applied.Add(new OverridePolicyShadow(rule.Policy.Name, rule.Overriders));
        }

        return (obj, applied.Count == 0 ? AppliedOverrides.Empty : new AppliedOverrides(applied), null);
    }

    /// <summary>ClusterOverridePolicy or OverridePolicy, reduced to what overriding needs.</summary>
    internal sealed record GeneralPolicy(string Kind, string? Namespace, string Name, OverrideSpec Spec);

    internal sealed record MatchedRule(GeneralPolicy Policy, string Field, Overriders Overriders);
}
