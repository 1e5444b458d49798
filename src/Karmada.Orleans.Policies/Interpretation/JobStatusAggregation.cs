namespace Karmada.Orleans.Policies;

/// <summary>
/// AggregateStatus of a Job: active, succeeded and failed are summed; startTime is the earliest a
/// member reports; completionTime the latest, once every member has one. The Job is Failed as soon
/// as one member's Job failed (naming the clusters), Complete once every member's Job completed.
/// A Job the template already records as finished is never aggregated again (null).
/// </summary>
internal static class JobStatusAggregation
{
    public static JsonObject? Aggregate(JsonObject template, IReadOnlyList<MemberStatus> members, DateTimeOffset now)
    {
        if (JobConditions.Finished(JsonRead.Object(template, "status")) is not null)
        {
            return null;
        }

        var status = new JsonObject();
        var reported = members.Where(m => m.Status is not null).ToList();
        foreach (var counter in new[] { "active", "succeeded", "failed" })
        {
            StatusFields.SetCounter(status, counter, MemberStatus.Sum(reported, counter));
        }

        var failedIn = reported.Where(m => JobConditions.Finished(m.Status) == JobConditions.Failed).Select(m => m.ClusterName).ToList();
        var completed = reported.Count(m => JobConditions.Finished(m.Status) == JobConditions.Complete);
        var starts = reported.Select(m => JsonRead.Time(m.Status, "startTime")).OfType<DateTimeOffset>().ToList();
        var completions = reported.Select(m => JsonRead.Time(m.Status, "completionTime")).OfType<DateTimeOffset>().ToList();

        var conditions = new JsonArray();
        if (failedIn.Count > 0)
        {
            conditions.Add(Condition(JobConditions.Failed, "JobFailed", $"Job executed failed in member clusters {string.Join(',', failedIn)}", now));
        }

        // Members that have not reported yet count against completion.
        if (completed > 0 && completed == members.Count)
        {
            conditions.Add(Condition(JobConditions.Complete, "Completed", "Job completed", now));
        }

        if (conditions.Count > 0)
        {
            status["conditions"] = conditions;
        }

        if (starts.Count > 0)
        {
            status["startTime"] = JsonWrite.Time(starts.Min());
        }

        if (completions.Count > 0 && completions.Count == members.Count)
        {
            status["completionTime"] = JsonWrite.Time(completions.Max());
        }

        return status;
    }

    private static JsonObject Condition(string type, string reason, string message, DateTimeOffset now) => new()
    {
        ["type"] = type,
        ["status"] = ConditionStatus.True,
        ["lastProbeTime"] = JsonWrite.Time(now),
        ["lastTransitionTime"] = JsonWrite.Time(now),
        ["reason"] = reason,
        ["message"] = message,
    };
}
