namespace Karmada.Orleans.Policies;

/// <summary>
/// AggregateStatus of a PodDisruptionBudget: the healthy, expected and allowed counts are summed and
/// disrupted pods are keyed "cluster/pod".
/// </summary>
internal static class PodDisruptionBudgetStatusAggregation
{
    public static JsonObject Aggregate(IReadOnlyList<MemberStatus> members)
    {
        var status = new JsonObject();
        var reported = members.Where(m => m.Status is not null).ToList();
        foreach (var counter in new[] { "currentHealthy", "desiredHealthy", "expectedPods", "disruptionsAllowed" })
        {
            // These are required fields of the status: written even when zero.
            status[counter] = MemberStatus.Sum(reported, counter);
        }

        var disrupted = new JsonObject();
        foreach (var member in reported)
        {
            foreach (var (pod, time) in JsonRead.Object(member.Status, "disruptedPods") ?? [])
            {
                disrupted[member.ClusterName + "/" + pod] = time?.DeepClone();
            }
        }

        if (disrupted.Count > 0)
        {
            status["disruptedPods"] = disrupted;
        }

        return status;
    }
}
