namespace Karmada.Orleans.Grains.Clusters;

/// <summary>
/// When each cluster's periodic status collection runs. Clusters joined together would otherwise
/// all list their nodes and pods at the same instant every period; each cluster instead keeps a
/// phase of its own within the period, derived from its name (stable across restarts).
/// </summary>
public static class StatusSchedule
{
    /// <summary>The cluster's offset within <paramref name="period"/>: in [0, period).</summary>
    public static TimeSpan Phase(string cluster, TimeSpan period) =>
        TimeSpan.FromTicks((long)(period.Ticks * (Mix(Policies.WorkNames.Fnv1a32(cluster)) / 4294967296.0)));

    /// <summary>
    /// MurmurHash3's finaliser: FNV-1a alone barely moves its high bits when only the last characters
    /// differ (member1…member100 fell into 5 of 10 seconds), the mix spreads them.
    /// </summary>
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }
}
