using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Policies;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// Karmada's dependencies distributor: a binding with propagateDeps gets "attached" bindings for the
/// ConfigMaps, Secrets, ServiceAccounts and PVCs its workload references, each listing the bindings
/// that require it (spec.requiredBy) and their clusters, so the dependency lands wherever its
/// workloads do. Attached bindings nobody requires any more (and no policy claims) are removed.
/// </summary>
internal static class DependenciesDistributor
{
    public const string DependenciesAnnotation = "resourcebinding.karmada.io/dependencies";

    /// <summary>Brings the attached bindings of <paramref name="binding"/> in line with its template's dependencies.</summary>
    public static async Task SyncAsync(IObjectStore store, ResourceKey bindingKey, ResourceBinding binding, JsonObject? template, ITemplateResources templates)
    {
        var ns = bindingKey.Namespace;
        var wanted = binding.Spec.PropagateDeps == true && template is not null && ns.Length > 0 && binding.Metadata.DeletionTimestamp is null
            ? BuiltInInterpreter.GetDependencies(template)
            : [];
        var snapshot = new BindingSnapshot { Namespace = ns, Name = bindingKey.Name, Clusters = binding.Spec.Clusters?.Select(c => c with { Replicas = 0 }).ToList() };
        var wantedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dependency in wanted)
        {
            if (templates.FindByKind(dependency.ApiVersion, dependency.Kind) is not { } resource)
            {
                continue;
            }

            var depKey = new ResourceKey(resource.StorageResource, ns, dependency.Name);
            var depObject = await store.GetAsync(depKey);
            if (depObject is null)
            {
                // Not there yet: its detector brings us back when it appears (see the dependencies annotation).
                continue;
            }

            var attachedKey = new ResourceKey(ControllerDispatcher.ResourceBindings, ns, KarmadaNames.GenerateBindingName(dependency.Kind, dependency.Name));
            wantedKeys.Add(attachedKey.StorageKey);
            await RequireAsync(store, attachedKey, depObject, dependency, snapshot);
        }

        var previous = binding.Metadata.Annotations?.GetValueOrDefault(DependenciesAnnotation);
        await RecordAsync(store, bindingKey, wanted);
        await ReleaseOthersAsync(store, ns, bindingKey.Name, previous, wantedKeys);
    }

    private static async Task RequireAsync(IObjectStore store, ResourceKey attachedKey, StoredObject depObject, DependentObjectReference dependency, BindingSnapshot snapshot)
    {
        var snapshotNode = KarmadaJson.ToNode(snapshot);
        var reference = new JsonObject
        {
            ["apiVersion"] = dependency.ApiVersion,
            ["kind"] = dependency.Kind,
            ["namespace"] = attachedKey.Namespace,
            ["name"] = dependency.Name,
            ["uid"] = depObject.ToJsonObject()["metadata"]?["uid"]?.DeepClone(),
            ["resourceVersion"] = depObject.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var created = await store.CreateIfMissingAsync(attachedKey, new JsonObject
        {
            ["apiVersion"] = "work.karmada.io/v1alpha2",
            ["kind"] = "ResourceBinding",
            ["metadata"] = new JsonObject { ["name"] = attachedKey.Name, ["namespace"] = attachedKey.Namespace },
            ["spec"] = new JsonObject
            {
                ["resource"] = reference,
                ["requiredBy"] = new JsonArray(snapshotNode),
                ["clusters"] = snapshotNode["clusters"]?.DeepClone(),
            },
        });
        if (created)
        {
            return;
        }

        await store.UpdateAsync(attachedKey, attached =>
        {
            var spec = attached["spec"] as JsonObject ?? [];
            var requiredBy = (spec["requiredBy"] as JsonArray ?? []).OfType<JsonObject>().Where(r => !SameBinding(r, snapshot)).Select(r => r.DeepClone()).ToList();
            requiredBy.Add(snapshotNode.DeepClone());
            var sorted = new JsonArray(requiredBy.OrderBy(r => $"{r["namespace"]}/{r["name"]}", StringComparer.Ordinal).ToArray());
            if (JsonNode.DeepEquals(spec["requiredBy"], sorted))
            {
                return false;
            }

            spec["requiredBy"] = sorted;
            attached["spec"] = spec;
            return true;
        });
    }

    /// <summary>
    /// Removes this binding from attached bindings it no longer needs (those of the dependencies it
    /// recorded before, <paramref name="previousDependencies"/>); deletes those nobody needs.
    /// </summary>
    public static async Task ReleaseOthersAsync(IObjectStore store, string ns, string bindingName, string? previousDependencies, IReadOnlySet<string> keep)
    {
        var snapshot = new BindingSnapshot { Namespace = ns, Name = bindingName };
        foreach (var key in AttachedKeys(ns, previousDependencies))
        {
            if (keep.Contains(key.StorageKey) || await store.GetAsync(key) is not { } item)
            {
                continue;
            }

            var obj = item.ToJsonObject();
            var requiredBy = (obj["spec"]?["requiredBy"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            if (!requiredBy.Any(r => SameBinding(r, snapshot)))
            {
                continue;
            }

            var remaining = requiredBy.Where(r => !SameBinding(r, snapshot)).ToList();
            if (remaining.Count == 0 && obj["spec"]?["placement"] is null)
            {
                await store.DeleteIfPresentAsync(item.Key);
                continue;
            }

            await store.UpdateAsync(item.Key, attached =>
            {
                var spec = attached["spec"] as JsonObject ?? [];
                spec["requiredBy"] = new JsonArray((spec["requiredBy"] as JsonArray ?? []).OfType<JsonObject>().Where(r => !SameBinding(r, snapshot)).Select(r => (JsonNode?)r.DeepClone()).ToArray());
                return true;
            });
        }
    }

    private static IEnumerable<ResourceKey> AttachedKeys(string ns, string? dependencies)
    {
        if (string.IsNullOrEmpty(dependencies) || ns.Length == 0)
        {
            yield break;
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(dependencies);
        }
        catch (System.Text.Json.JsonException)
        {
            yield break;
        }

        foreach (var dependency in (parsed as JsonArray ?? []).OfType<JsonObject>())
        {
            if (dependency["kind"]?.GetValue<string>() is { } kind && dependency["name"]?.GetValue<string>() is { } name)
            {
                yield return new ResourceKey(ControllerDispatcher.ResourceBindings, ns, KarmadaNames.GenerateBindingName(kind, name));
            }
        }
    }

    private static async Task RecordAsync(IObjectStore store, ResourceKey bindingKey, IReadOnlyList<DependentObjectReference> dependencies)
    {
        var value = dependencies.Count == 0 ? null : new JsonArray(dependencies.Select(d => (JsonNode?)new JsonObject
        {
            ["apiVersion"] = d.ApiVersion,
            ["kind"] = d.Kind,
            ["namespace"] = bindingKey.Namespace,
            ["name"] = d.Name,
        }).ToArray()).ToJsonString();
        await store.UpdateAsync(bindingKey, b =>
        {
            var annotations = ObjectMutations.Metadata(b)["annotations"] as JsonObject ?? [];
            if (annotations[DependenciesAnnotation]?.GetValue<string>() == value)
            {
                return false;
            }

            if (value is null)
            {
                annotations.Remove(DependenciesAnnotation);
            }
            else
            {
                annotations[DependenciesAnnotation] = value;
            }

            ObjectMutations.Metadata(b)["annotations"] = annotations;
            return true;
        });
    }

    /// <summary>Bindings in <paramref name="ns"/> whose dependencies include the object (it just appeared or changed).</summary>
    public static async Task<IReadOnlyList<ResourceKey>> DependentsOfAsync(IObjectStore store, string ns, string kind, string name)
    {
        var result = new List<ResourceKey>();
        foreach (var item in (await store.ListAsync(ControllerDispatcher.ResourceBindings, new ListOptions { Namespace = ns })).Items)
        {
            if (item.ToJsonObject()["metadata"]?["annotations"]?[DependenciesAnnotation]?.GetValue<string>() is { } list
                && JsonNode.Parse(list) is JsonArray deps && deps.OfType<JsonObject>().Any(d => d["kind"]?.GetValue<string>() == kind && d["name"]?.GetValue<string>() == name))
            {
                result.Add(item.Key);
            }
        }

        return result;
    }

    private static bool SameBinding(JsonObject requiredBy, BindingSnapshot snapshot) =>
        requiredBy["name"]?.GetValue<string>() == snapshot.Name && (requiredBy["namespace"]?.GetValue<string>() ?? "") == (snapshot.Namespace ?? "");
}
