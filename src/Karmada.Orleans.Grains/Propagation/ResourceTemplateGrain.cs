using System.Text.Json.Nodes;
using Karmada.Orleans.Abstractions.Propagation;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Caches;
using Karmada.Orleans.Grains.Events;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Policies;
using Karmada.Orleans.Storage;
using Microsoft.Extensions.Options;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// Karmada's resource detector for one template: finds the (Cluster)PropagationPolicy that propagates
/// it (<see cref="PolicyMatcher"/>: a claimed template stays with its policy unless preempted), claims
/// the template and its binding with the policy's permanent-id label and name annotations
/// (<see cref="PolicyClaims"/>), and creates or updates its (Cluster)ResourceBinding with the
/// interpreted replicas and requirements. Without a matching policy the claim is released and the
/// template waits; when it goes, so does its binding.
/// </summary>
public sealed class ResourceTemplateGrain(IObjectStore store, PolicyCache policies, ITemplateResources templates, EventRecorder events, IOptions<PropagationOptions> options) : Grain, IResourceTemplateGrain
{
    public const string Component = "resource-detector";

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
            // No policy (any longer): the claim goes, the binding (and what is in the members) stays, as in
            // Karmada. The binding first, so that a failure in between leaves the template claimed and retried.
            if (PolicyClaims.Read(template) is not null)
            {
                await UpdateClaimAsync(bindingKey, PolicyClaims.Release);
                await UpdateClaimAsync(key, PolicyClaims.Release);
            }

            return;
        }

        match = match with { PermanentId = match.PermanentId ?? PolicyUid(match.Policy) };
        if (match.Reason == PolicyMatchReason.Preempted)
        {
            await events.RecordAsync(InvolvedObject.Of(template), EventRecorder.Normal, PolicyMatch.PreemptPolicySucceed, match.Message, Component);
        }

        if (!JsonNode.DeepEquals(PolicyClaims.Claim(template, match)["metadata"], template["metadata"]))
        {
            // The binding records the template's version as claimed: the claim's own change event then
            // finds the binding current, instead of writing it (and re-rendering its Works) once more.
            if (await UpdateClaimAsync(key, obj => PolicyClaims.Claim(obj, match)) is not { } claimed)
            {
                return;
            }

            stored = claimed;
            template = claimed.ToJsonObject();
        }

        if (await UpsertBindingAsync(bindingKey, stored!, template, match))
        {
            var name = match.Policy.Namespace is null ? match.Policy.Name : $"{match.Policy.Namespace}/{match.Policy.Name}";
            await events.RecordAsync(InvolvedObject.Of(template), EventRecorder.Normal, "ApplyPolicySucceed", $"Apply policy({name}) succeed", Component);
        }
    }

    /// <summary>Writes the claim metadata <paramref name="claim"/> gives the stored object, if that changes anything.</summary>
    private Task<StoredObject?> UpdateClaimAsync(ResourceKey key, Func<JsonObject, JsonObject> claim) =>
        store.UpdateAsync(key, obj => SetClaim(obj, claim(obj)));

    /// <summary>Takes <paramref name="claimed"/>'s metadata into <paramref name="obj"/>; false when they are already equal.</summary>
    private static bool SetClaim(JsonObject obj, JsonObject claimed)
    {
        if (JsonNode.DeepEquals(claimed["metadata"], obj["metadata"]))
        {
            return false;
        }

        obj["metadata"] = claimed["metadata"]?.DeepClone();
        return true;
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

    /// <summary>Creates or updates the binding; returns whether anything was written.</summary>
    private async Task<bool> UpsertBindingAsync(ResourceKey bindingKey, StoredObject stored, JsonObject template, PolicyMatch policy)
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
                    // The binding controller's finalizer comes with the binding (one write fewer than adding it on first reconcile).
                    ["finalizers"] = new JsonArray(ResourceBindingGrain.Finalizer),
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
            return await store.CreateIfMissingAsync(bindingKey, PolicyClaims.Claim(binding, policy));
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

            binding["spec"] = specNode;
            changed |= SetClaim(binding, PolicyClaims.Claim(binding, policy));
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
