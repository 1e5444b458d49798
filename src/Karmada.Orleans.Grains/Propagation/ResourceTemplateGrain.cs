using Karmada.Orleans.Policies;
using System.Text.Json.Nodes;
using Karmada.Orleans.Abstractions.Propagation;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Caches;
using Karmada.Orleans.Grains.Events;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// Karmada's resource detector for one template: finds the winning (Cluster)PropagationPolicy,
/// claims the template with the policy's labels, and creates or updates its (Cluster)ResourceBinding
/// with the interpreted replicas and requirements. Without a matching policy the template waits;
/// when it goes, so does its binding.
/// </summary>
public sealed class ResourceTemplateGrain(IObjectStore store, PolicyCache policies, ITemplateResources templates, EventRecorder events, Microsoft.Extensions.Options.IOptions<PropagationOptions> options) : Grain, IResourceTemplateGrain
{
    public const string Component = "resource-detector";
    private const string ClusterPolicyName = "clusterpropagationpolicy.karmada.io/name";

    public async Task ReconcileAsync()
    {
        var key = StorageKeys.Parse(GetPrimaryKeyString());
        var stored = await store.GetAsync(key);
        var template = stored?.ToJsonObject();
        var kind = template?["kind"]?.GetValue<string>();
        if (template is null || kind is null || template["metadata"]?["deletionTimestamp"] is not null)
        {
            await DeleteBindingsAsync(key);
            DeactivateOnIdle();
            return;
        }

        var bindingKey = BindingKey(key, kind);
        await NotifyDependentsAsync(key, kind, stored!, bindingKey);
        var match = PolicyMatcher.Select(
            template,
            key.Namespace.Length == 0 ? [] : policies.PropagationPoliciesIn(key.Namespace),
            policies.AllClusterPropagationPolicies,
            PolicyClaims.Read(template),
            options.Value.PolicyPreemption);
        if (match is null)
        {
            await ReleaseClaimAsync(key, template);
            return;
        }

        var policy = new SelectedPolicy(match.Policy.IsClusterPolicy, match.Policy.Namespace, match.Policy.Name, match.PermanentId ?? PolicyUid(match.Policy), match.Spec);
        if (match.Reason == PolicyMatchReason.Preempted)
        {
            await events.RecordAsync(InvolvedObject.Of(template), EventRecorder.Normal, PolicyMatch.PreemptPolicySucceed, match.Message, Component);
        }

        await ClaimAsync(key, template, policy);
        if (await UpsertBindingAsync(bindingKey, stored!, template, policy))
        {
            await events.RecordAsync(InvolvedObject.Of(template), EventRecorder.Normal, "ApplyPolicySucceed", $"Apply policy({policy.DisplayName}) succeed", Component);
        }
    }

    /// <summary>A policy created without the admission's permanent-id label is identified by its uid.</summary>
    private string PolicyUid(PolicyReference reference) => reference.IsClusterPolicy
        ? policies.AllClusterPropagationPolicies.FirstOrDefault(p => p.Metadata.Name == reference.Name)?.Metadata.Uid ?? ""
        : policies.PropagationPoliciesIn(reference.Namespace ?? "").FirstOrDefault(p => p.Metadata.Name == reference.Name)?.Metadata.Uid ?? "";

    /// <summary>
    /// A dependency changed or appeared: bindings that require it re-render, and its attached binding
    /// (if any) learns the new version so its Works carry the change.
    /// </summary>
    private async Task NotifyDependentsAsync(ResourceKey key, string kind, StoredObject stored, ResourceKey bindingKey)
    {
        if (key.Namespace.Length == 0 || kind is not ("ConfigMap" or "Secret" or "ServiceAccount" or "PersistentVolumeClaim"))
        {
            return;
        }

        foreach (var dependent in await DependenciesDistributor.DependentsOfAsync(store, key.Namespace, kind, key.Name))
        {
            _ = GrainFactory.GetGrain<IResourceBindingGrain>(dependent.StorageKey).ReconcileAsync();
        }

        var revision = stored.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await store.UpdateAsync(bindingKey, attached =>
        {
            if (attached["spec"]?["requiredBy"] is not JsonArray { Count: > 0 } || attached["spec"]?["resource"] is not JsonObject resource
                || resource["resourceVersion"]?.GetValue<string>() == revision)
            {
                return false;
            }

            resource["resourceVersion"] = revision;
            return true;
        });
    }

    public static ResourceKey BindingKey(ResourceKey template, string kind) => template.Namespace.Length == 0
        ? new ResourceKey(ControllerDispatcher.ClusterResourceBindings, "", KarmadaNames.GenerateBindingName(kind, template.Name))
        : new ResourceKey(ControllerDispatcher.ResourceBindings, template.Namespace, KarmadaNames.GenerateBindingName(kind, template.Name));

    private Task ClaimAsync(ResourceKey key, JsonObject template, SelectedPolicy policy)
    {
        var labels = ClaimLabels(policy);
        var current = template["metadata"]?["labels"] as JsonObject;
        if (labels.All(kv => current?[kv.Key]?.GetValue<string>() == kv.Value)
            && (policy.IsClusterPolicy ? current?[KarmadaLabels.PropagationPolicyName] is null : current?[ClusterPolicyName] is null))
        {
            return Task.CompletedTask;
        }

        return store.UpdateAsync(key, obj =>
        {
            var metadata = ObjectMutations.Metadata(obj);
            var existing = metadata["labels"] as JsonObject ?? [];
            foreach (var stale in new[] { KarmadaLabels.PropagationPolicyName, KarmadaLabels.PropagationPolicyNamespace, KarmadaLabels.PropagationPolicyPermanentId, ClusterPolicyName, KarmadaLabels.ClusterPropagationPolicyPermanentId })
            {
                existing.Remove(stale);
            }

            foreach (var (k, v) in labels)
            {
                existing[k] = v;
            }

            metadata["labels"] = existing;
            return true;
        });
    }

    private static Dictionary<string, string> ClaimLabels(SelectedPolicy policy) => policy.IsClusterPolicy
        ? new() { [ClusterPolicyName] = policy.Name, [KarmadaLabels.ClusterPropagationPolicyPermanentId] = policy.Uid }
        : new() { [KarmadaLabels.PropagationPolicyName] = policy.Name, [KarmadaLabels.PropagationPolicyNamespace] = policy.Namespace!, [KarmadaLabels.PropagationPolicyPermanentId] = policy.Uid };

    /// <summary>No policy matches any more: the claim goes, the binding (and what is in the members) stays, as in Karmada.</summary>
    private async Task ReleaseClaimAsync(ResourceKey key, JsonObject template)
    {
        var labels = template["metadata"]?["labels"] as JsonObject;
        if (labels?[KarmadaLabels.PropagationPolicyName] is null && labels?[ClusterPolicyName] is null)
        {
            return;
        }

        await store.UpdateAsync(key, obj =>
        {
            if (ObjectMutations.Metadata(obj)["labels"] is JsonObject existing)
            {
                foreach (var claim in new[] { KarmadaLabels.PropagationPolicyName, KarmadaLabels.PropagationPolicyNamespace, KarmadaLabels.PropagationPolicyPermanentId, ClusterPolicyName, KarmadaLabels.ClusterPropagationPolicyPermanentId })
                {
                    existing.Remove(claim);
                }
            }

            return true;
        });
    }

    /// <summary>Creates or updates the binding; returns whether anything was written.</summary>
    private async Task<bool> UpsertBindingAsync(ResourceKey bindingKey, StoredObject stored, JsonObject template, SelectedPolicy policy)
    {
        var metadata = template["metadata"] as JsonObject ?? [];
        var (replicas, requirements) = BuiltInInterpreter.GetReplicas(template);
        var spec = new ResourceBindingSpec
        {
            Resource = new ObjectReference
            {
                ApiVersion = template["apiVersion"]?.GetValue<string>() ?? "",
                Kind = template["kind"]?.GetValue<string>() ?? "",
                Namespace = bindingKey.Namespace.Length == 0 ? null : bindingKey.Namespace,
                Name = metadata["name"]?.GetValue<string>() ?? "",
                Uid = metadata["uid"]?.GetValue<string>(),
                ResourceVersion = stored.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            Replicas = replicas,
            ReplicaRequirements = requirements,
            Placement = PlacementDefaults.Apply(policy.Spec.Placement),
            PropagateDeps = policy.Spec.PropagateDeps,
            SchedulerName = policy.Spec.SchedulerName ?? "default-scheduler",
            Failover = policy.Spec.Failover,
            ConflictResolution = policy.Spec.ConflictResolution ?? "Abort",
            PreserveResourcesOnDeletion = policy.Spec.PreserveResourcesOnDeletion,
        };
        var desiredSpec = KarmadaJson.ToNode(spec).AsObject();
        var labels = ClaimLabels(policy);
        var existing = await store.GetAsync(bindingKey);
        if (existing is null)
        {
            var binding = new JsonObject
            {
                ["apiVersion"] = "work.karmada.io/v1alpha2",
                ["kind"] = bindingKey.Namespace.Length == 0 ? "ClusterResourceBinding" : "ResourceBinding",
                ["metadata"] = new JsonObject
                {
                    ["name"] = bindingKey.Name,
                    ["labels"] = new JsonObject(labels.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                    ["ownerReferences"] = new JsonArray(new JsonObject
                    {
                        ["apiVersion"] = template["apiVersion"]?.DeepClone(),
                        ["kind"] = template["kind"]?.DeepClone(),
                        ["name"] = metadata["name"]?.DeepClone(),
                        ["uid"] = metadata["uid"]?.DeepClone(),
                        ["controller"] = true,
                        ["blockOwnerDeletion"] = true,
                    }),
                },
                ["spec"] = desiredSpec,
            };
            return await store.CreateIfMissingAsync(bindingKey, binding);
        }

        var written = false;
        await store.UpdateAsync(bindingKey, binding =>
        {
            var specNode = binding["spec"] as JsonObject ?? [];
            var changed = false;
            foreach (var (field, value) in desiredSpec)
            {
                if (!JsonNode.DeepEquals(specNode[field], value))
                {
                    specNode[field] = value?.DeepClone();
                    changed = true;
                }
            }

            foreach (var field in new[] { "replicaRequirements", "propagateDeps", "failover", "preserveResourcesOnDeletion" })
            {
                if (desiredSpec[field] is null && specNode[field] is not null)
                {
                    specNode.Remove(field);
                    changed = true;
                }
            }

            var bindingLabels = ObjectMutations.Metadata(binding)["labels"] as JsonObject ?? [];
            foreach (var (k, v) in labels)
            {
                if (bindingLabels[k]?.GetValue<string>() != v)
                {
                    bindingLabels[k] = v;
                    changed = true;
                }
            }

            ObjectMutations.Metadata(binding)["labels"] = bindingLabels;
            binding["spec"] = specNode;
            written = changed;
            return changed;
        });
        return written;
    }

    /// <summary>Deleted templates take their binding along (Karmada: garbage collection of the owned binding).</summary>
    private async Task DeleteBindingsAsync(ResourceKey key)
    {
        if (templates.FindByStorage(key.Resource) is { } resource)
        {
            await store.DeleteIfPresentAsync(BindingKey(key, resource.Kind));
        }
    }
}
