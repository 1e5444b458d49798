namespace Karmada.Orleans.Policies;

/// <summary>Writes status fields as a typed Go status marshals them: zero counters are omitted.</summary>
internal static class StatusFields
{
    public static void SetCounter(JsonObject status, string field, long value)
    {
        if (value == 0)
        {
            status.Remove(field);
        }
        else
        {
            status[field] = value;
        }
    }

    /// <summary>The template's current status, copied, to overwrite only the aggregated fields.</summary>
    public static JsonObject CurrentStatus(JsonObject template)
        => JsonRead.Object(template, "status")?.DeepClone() as JsonObject ?? [];
}
