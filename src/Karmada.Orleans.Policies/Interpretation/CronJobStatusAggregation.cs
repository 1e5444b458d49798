namespace Karmada.Orleans.Policies;

/// <summary>
/// AggregateStatus of a CronJob: the active Jobs of every member, and the latest lastScheduleTime
/// and lastSuccessfulTime any member reports. Other status fields of the template stay.
/// </summary>
internal static class CronJobStatusAggregation
{
    public static JsonObject Aggregate(JsonObject template, IReadOnlyList<MemberStatus> members)
    {
        var status = StatusFields.CurrentStatus(template);
        var reported = members.Where(m => m.Status is not null).ToList();

        var active = new JsonArray();
        foreach (var job in reported.SelectMany(m => JsonRead.Objects(m.Status, "active")))
        {
            active.Add(job.DeepClone());
        }

        SetOrRemove(status, "active", active.Count > 0 ? active : null);
        SetOrRemove(status, "lastScheduleTime", Latest(reported, "lastScheduleTime"));
        SetOrRemove(status, "lastSuccessfulTime", Latest(reported, "lastSuccessfulTime"));
        return status;
    }

    private static JsonNode? Latest(List<MemberStatus> members, string field)
    {
        var times = members.Select(m => JsonRead.Time(m.Status, field)).OfType<DateTimeOffset>().ToList();
        return times.Count == 0 ? null : JsonValue.Create(JsonWrite.Time(times.Max()));
    }

    private static void SetOrRemove(JsonObject status, string field, JsonNode? value)
    {
        if (value is null)
        {
            status.Remove(field);
        }
        else
        {
            status[field] = value;
        }
    }
}
