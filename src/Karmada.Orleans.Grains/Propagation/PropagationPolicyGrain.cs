using Karmada.Orleans.Abstractions.Propagation;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Caches;
using Karmada.Orleans.Policies;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// Karmada's detector policy handlers for one (Cluster)PropagationPolicy: when it appears, changes or
/// goes, every template it selects or has claimed is re-evaluated (waiting templates get claimed,
/// claimed ones move on to another policy or are released).
/// </summary>
public sealed class PropagationPolicyGrain(IObjectStore store, PolicyCache policies, ITemplateResources templates, IGrainFactory grains) : Grain, IPropagationPolicyGrain
{
    public async Task ReconcileAsync()
    {
        var key = StorageKeys.Parse(GetPrimaryKeyString());
        var isCluster = key.Resource == PolicyCache.ClusterPropagationPolicies;
        var spec = isCluster ? policies.FindClusterPropagationPolicy(key.Name)?.Spec : policies.FindPropagationPolicy(key.Namespace, key.Name)?.Spec;
        var affected = new HashSet<string>(StringComparer.Ordinal);

        foreach (var selector in spec?.ResourceSelectors ?? [])
        {
            if (templates.FindByKind(selector.ApiVersion, selector.Kind) is not { } resource)
            {
                continue;
            }

            var ns = isCluster ? (string.IsNullOrEmpty(selector.Namespace) ? null : selector.Namespace) : key.Namespace;
            foreach (var item in (await store.ListAsync(resource.StorageResource, new ListOptions { Namespace = resource.Namespaced ? ns : null })).Items)
            {
                if (!TemplateFilter.IsSkippedNamespace(item.Key.Namespace) && ResourceSelectorMatcher.Matches(item.ToJsonObject(), selector))
                {
                    affected.Add(item.Key.StorageKey);
                }
            }
        }

        // Templates this policy claimed, whatever its selectors say now (or if it is gone): every claim
        // carries the policy's permanent-id label, and PolicyClaims reads whose claim it is.
        var reference = isCluster
            ? new PolicyReference(ClusterPropagationPolicy.KindName, null, key.Name)
            : new PolicyReference(PropagationPolicy.KindName, key.Namespace, key.Name);
        var claimed = new ListOptions
        {
            Namespace = isCluster ? null : key.Namespace,
            LabelSelector = Storage.Selectors.LabelSelector.Parse(isCluster ? KarmadaLabels.ClusterPropagationPolicyPermanentId : KarmadaLabels.PropagationPolicyPermanentId),
        };
        foreach (var resource in templates.All.Where(t => TemplateFilter.IsTemplateResource(t.StorageResource)))
        {
            foreach (var item in (await store.ListAsync(resource.StorageResource, claimed)).Items)
            {
                if (PolicyClaims.Read(item.ToJsonObject()) == reference)
                {
                    affected.Add(item.Key.StorageKey);
                }
            }
        }

        await Task.WhenAll(affected.Select(k => grains.GetGrain<IResourceTemplateGrain>(k).ReconcileAsync()));
    }
}
