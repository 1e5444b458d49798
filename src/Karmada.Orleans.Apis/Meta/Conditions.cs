namespace Karmada.Orleans.Apis;

/// <summary>meta.SetStatusCondition / FindStatusCondition semantics over immutable lists.</summary>
public static class Conditions
{
    public static Condition? Find(IReadOnlyList<Condition>? conditions, string type)
        => conditions?.FirstOrDefault(c => c.Type == type);

    public static bool IsTrue(IReadOnlyList<Condition>? conditions, string type)
        => Find(conditions, type)?.Status == ConditionStatus.True;

    /// <summary>
    /// Returns the list with <paramref name="condition"/> set. The transition time moves only when the
    /// status changes (as Kubernetes does), so re-reporting the same status keeps the original time.
    /// </summary>
    public static IReadOnlyList<Condition> Set(IReadOnlyList<Condition>? conditions, Condition condition, DateTimeOffset now)
    {
        var list = conditions?.ToList() ?? [];
        var index = list.FindIndex(c => c.Type == condition.Type);
        if (index < 0)
        {
            list.Add(condition with { LastTransitionTime = condition.LastTransitionTime ?? now });
            return list;
        }

        var existing = list[index];
        var transition = existing.Status != condition.Status
            ? condition.LastTransitionTime ?? now
            : existing.LastTransitionTime ?? condition.LastTransitionTime ?? now;
        list[index] = condition with { LastTransitionTime = transition };
        return list;
    }
}
