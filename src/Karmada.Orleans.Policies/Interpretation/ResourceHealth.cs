namespace Karmada.Orleans.Policies;

/// <summary>The values of manifestStatuses[].health and aggregatedStatus[].health.</summary>
public static class ResourceHealth
{
    public const string Healthy = "Healthy";
    public const string Unhealthy = "Unhealthy";

    /// <summary>The object could not be interpreted.</summary>
    public const string Unknown = "Unknown";
}
