namespace Karmada.Orleans.Policies;

/// <summary>
/// AggregateStatus of kinds summarised by a phase. A member that has not reported counts as Pending
/// (Pods, PersistentVolumes). The worst phase wins: for a Pod Failed, then Pending, Running,
/// Succeeded (Unknown is deprecated and ignored); for a PersistentVolume Failed, Pending, Available,
/// Bound, Released; a PersistentVolumeClaim is Bound only while every member's claim is Bound (Lost
/// wins over any other phase).
/// </summary>
internal static class PhaseStatusAggregation
{
    private static readonly string[] PodOrder = ["Failed", "Pending", "Running", "Succeeded"];
    private static readonly string[] VolumeOrder = ["Failed", "Pending", "Available", "Bound", "Released"];

    public static JsonObject? Pod(IReadOnlyList<MemberStatus> members)
    {
        if (members.Count == 0)
        {
            return null;
        }

        var phases = new HashSet<string>(StringComparer.Ordinal);
        var containers = new JsonArray();
        var initContainers = new JsonArray();
        foreach (var member in members)
        {
            if (member.Status is null)
            {
                phases.Add("Pending");
                continue;
            }

            phases.Add(JsonRead.String(member.Status, "phase") ?? "");
            AddContainers(containers, member.Status, "containerStatuses");
            AddContainers(initContainers, member.Status, "initContainerStatuses");
        }

        var status = new JsonObject();
        if (PodOrder.FirstOrDefault(phases.Contains) is { } phase)
        {
            status["phase"] = phase;
        }

        if (containers.Count > 0)
        {
            status["containerStatuses"] = containers;
        }

        if (initContainers.Count > 0)
        {
            status["initContainerStatuses"] = initContainers;
        }

        return status;
    }

    public static JsonObject PersistentVolume(IReadOnlyList<MemberStatus> members)
    {
        var phases = members.Select(m => m.Status is null ? "Pending" : JsonRead.String(m.Status, "phase") ?? "").ToHashSet(StringComparer.Ordinal);
        var status = new JsonObject();
        if (VolumeOrder.FirstOrDefault(phases.Contains) is { } phase)
        {
            status["phase"] = phase;
        }

        return status;
    }

    public static JsonObject? PersistentVolumeClaim(IReadOnlyList<MemberStatus> members)
    {
        if (members.Count == 0)
        {
            return null;
        }

        var phase = "Bound";
        foreach (var member in members.Where(m => m.Status is not null))
        {
            var memberPhase = JsonRead.String(member.Status, "phase") ?? "";
            if (memberPhase == "Lost")
            {
                phase = memberPhase;
                break;
            }

            if (memberPhase != "Bound")
            {
                phase = memberPhase;
            }
        }

        return new JsonObject { ["phase"] = phase };
    }

    /// <summary>Only readiness and state are aggregated: names and restart counts are per member.</summary>
    private static void AddContainers(JsonArray target, JsonObject status, string field)
    {
        foreach (var container in JsonRead.Objects(status, field))
        {
            target.Add(new JsonObject
            {
                ["ready"] = JsonRead.Boolean(container, "ready") ?? false,
                ["state"] = container["state"]?.DeepClone() ?? new JsonObject(),
            });
        }
    }
}
