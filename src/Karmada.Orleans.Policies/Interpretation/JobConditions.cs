namespace Karmada.Orleans.Policies;

/// <summary>A Job's terminal conditions: Complete or Failed with status True.</summary>
internal static class JobConditions
{
    public const string Complete = "Complete";
    public const string Failed = "Failed";

    /// <summary>Whether <paramref name="job"/> (an object, or its status when <paramref name="isStatus"/>) has condition <paramref name="type"/> True.</summary>
    public static bool IsTrue(JsonObject job, string type, bool isStatus = false)
        => JsonRead.Objects(job, isStatus ? ["conditions"] : ["status", "conditions"])
            .Any(c => JsonRead.String(c, "type") == type && JsonRead.String(c, "status") == ConditionStatus.True);

    /// <summary>The terminal condition of a Job status (Complete or Failed), or null while it runs.</summary>
    public static string? Finished(JsonObject? status)
    {
        foreach (var condition in JsonRead.Objects(status, "conditions"))
        {
            var type = JsonRead.String(condition, "type");
            if (type is Complete or Failed && JsonRead.String(condition, "status") == ConditionStatus.True)
            {
                return type;
            }
        }

        return null;
    }
}
