namespace Karmada.Orleans.Policies;

/// <summary>
/// Where the pod spec of a workload kind lives, for the overriders that work on containers without
/// being told a path (imageOverrider without a predicate, commandOverrider, argsOverrider).
/// </summary>
public static class PodSpecLocator
{
    public const string ContainersField = "containers";
    public const string InitContainersField = "initContainers";

    /// <summary>
    /// The JSON pointer of the pod spec for <paramref name="kind"/>, or null for other kinds. Karmada
    /// matches on kind alone; CronJob is this project's addition (its template sits under jobTemplate).
    /// </summary>
    public static string? PodSpecPath(string? kind) => kind switch
    {
        "Pod" => "/spec",
        "ReplicaSet" or "Deployment" or "DaemonSet" or "StatefulSet" or "Job" => "/spec/template/spec",
        "CronJob" => "/spec/jobTemplate/spec/template/spec",
        _ => null,
    };

    /// <summary>
    /// Every container of the workload as (JSON pointer of the container, container object): the
    /// containers, then the init containers.
    /// </summary>
    public static IEnumerable<(string Path, JsonObject Container)> Containers(JsonObject workload)
    {
        var podSpecPath = PodSpecPath(workload["kind"].AsString());
        if (podSpecPath is null || !JsonPointer.TryGet(workload, JsonPointer.Parse(podSpecPath), out var podSpec) || podSpec is not JsonObject spec)
        {
            yield break;
        }

        foreach (var list in new[] { ContainersField, InitContainersField })
        {
            if (spec[list] is not JsonArray containers)
            {
                continue;
            }

            for (var i = 0; i < containers.Count; i++)
            {
                if (containers[i] is JsonObject container)
                {
                    yield return ($"{podSpecPath}/{list}/{i}", container);
                }
            }
        }
    }
}
