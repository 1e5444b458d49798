using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Caches;
using Karmada.Orleans.Policies;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>The policy a template is propagated by.</summary>
public sealed record SelectedPolicy(bool IsClusterPolicy, string? Namespace, string Name, string Uid, PropagationSpec Spec)
{
    public string DisplayName => Namespace is null ? Name : $"{Namespace}/{Name}";
}

/// <summary>
/// (Interim) Karmada's policy matching: PropagationPolicies of the object's namespace before
/// ClusterPropagationPolicies; highest priority, then most specific selector, then name.
/// </summary>
internal static class PolicySelection
{
    public static SelectedPolicy? Select(JsonObject template, string ns, PolicyCache policies)
    {
        if (ns.Length > 0)
        {
            var best = policies.PropagationPoliciesIn(ns)
                .Where(p => p.Metadata.DeletionTimestamp is null)
                .Select(p => (Policy: p, Priority: ResourceSelectorMatcher.Priority(template, p.Spec.ResourceSelectors ?? [])))
                .Where(x => x.Priority != ImplicitPriority.MisMatch)
                .OrderByDescending(x => x.Policy.Spec.Priority ?? 0).ThenByDescending(x => x.Priority).ThenBy(x => x.Policy.Metadata.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Policy is { } pp)
            {
                return new SelectedPolicy(false, ns, pp.Metadata.Name ?? "", pp.Metadata.Uid ?? "", pp.Spec);
            }
        }

        var cluster = policies.AllClusterPropagationPolicies
            .Where(p => p.Metadata.DeletionTimestamp is null)
            .Select(p => (Policy: p, Priority: ResourceSelectorMatcher.Priority(template, p.Spec.ResourceSelectors ?? [])))
            .Where(x => x.Priority != ImplicitPriority.MisMatch)
            .OrderByDescending(x => x.Policy.Spec.Priority ?? 0).ThenByDescending(x => x.Priority).ThenBy(x => x.Policy.Metadata.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return cluster.Policy is { } cpp ? new SelectedPolicy(true, null, cpp.Metadata.Name ?? "", cpp.Metadata.Uid ?? "", cpp.Spec) : null;
    }
}
