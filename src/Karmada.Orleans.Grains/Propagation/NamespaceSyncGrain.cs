using Karmada.Orleans.Policies;
using System.Text.Json.Nodes;
using Karmada.Orleans.Abstractions.Propagation;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Caches;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// Karmada's namespace sync controller for one namespace: a Work carrying the Namespace in every
/// cluster's execution space, so workloads find their namespace in the members. Skips default,
/// kube-*, karmada-system, karmada-cluster, karmada-es-* and namespaces labelled
/// namespace.karmada.io/skip-auto-propagation=true; removes the Works when the namespace goes.
/// </summary>
public sealed class NamespaceSyncGrain(IObjectStore store, ClusterCache clusters) : Grain, INamespaceSyncGrain
{
    public async Task ReconcileAsync()
    {
        var name = GetPrimaryKeyString();
        var stored = await store.GetAsync(KarmadaKeys.Namespace(name));
        var ns = stored?.ToJsonObject();
        var wanted = ns is not null && !Skipped(name, ns) && ns["status"]?["phase"]?.GetValue<string>() != "Terminating";
        var workName = WorkNames.GenerateWorkName("Namespace", name, null);
        foreach (var cluster in clusters.All)
        {
            var key = new ResourceKey(ControllerDispatcher.Works, KarmadaNames.GenerateExecutionSpaceName(cluster.Metadata.Name ?? ""), workName);
            if (!wanted || cluster.Metadata.DeletionTimestamp is not null)
            {
                if (await store.GetAsync(key) is not null)
                {
                    await store.DeleteIfPresentAsync(key);
                }

                continue;
            }

            if (await store.GetAsync(KarmadaKeys.Namespace(key.Namespace)) is null)
            {
                continue;
            }

            await store.CreateIfMissingAsync(key, new JsonObject
            {
                ["apiVersion"] = "work.karmada.io/v1alpha1",
                ["kind"] = "Work",
                ["metadata"] = new JsonObject
                {
                    ["name"] = workName,
                    ["namespace"] = key.Namespace,
                    ["labels"] = new JsonObject { [WorkLabels.Managed] = "true" },
                    ["annotations"] = new JsonObject { [WorkLabels.ConflictResolution] = "overwrite" },
                },
                ["spec"] = new JsonObject
                {
                    ["workload"] = new JsonObject
                    {
                        ["manifests"] = new JsonArray(new JsonObject
                        {
                            ["apiVersion"] = "v1",
                            ["kind"] = "Namespace",
                            ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = ns!["metadata"]?["labels"]?.DeepClone() },
                        }),
                    },
                    ["preserveResourcesOnDeletion"] = true,
                },
            });
        }
    }

    private static bool Skipped(string name, JsonObject ns) =>
        name == "default" || TemplateFilter.IsSkippedNamespace(name)
        || ns["metadata"]?["labels"]?[KarmadaLabels.SkipAutoPropagation]?.GetValue<string>() == "true";
}
