namespace Karmada.Orleans.Storage;

public sealed class ObjectStoreOptions
{
    /// <summary>Resources whose objects carry no metadata.generation (as in Kubernetes).</summary>
    public ISet<string> ResourcesWithoutGeneration { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "configmaps", "secrets", "events", "events.events.k8s.io", "endpoints", "serviceaccounts", "namespaces",
        "leases.coordination.k8s.io", "services", "persistentvolumeclaims", "nodes", "pods",
    };

    /// <summary>
    /// Resources whose writes yield to the other writes queued with them (SQL stores): events, which
    /// Kubernetes records best-effort, so a burst of them does not delay the writes controllers wait on.
    /// </summary>
    public ISet<string> DeferredResources { get; } = new HashSet<string>(StringComparer.Ordinal) { "events", "events.events.k8s.io" };

    /// <summary>Most writes committed in one transaction (group commit).</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>How often history older than one period is compacted away; Zero disables automatic compaction.</summary>
    public TimeSpan CompactionInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Recent events kept in memory so resuming watchers do not read the database.</summary>
    public int RecentEventCapacity { get; set; } = 8192;

    /// <summary>Events buffered per watcher before a slow watcher is cut off (it must re-list).</summary>
    public int WatcherBufferCapacity { get; set; } = 16384;

    /// <summary>
    /// Bytes of recently written objects kept in memory for point reads (SQLite only: a shared
    /// PostgreSQL is written by other silos too). Zero disables the cache.
    /// </summary>
    public long CurrentObjectCacheBytes { get; set; } = 128L * 1024 * 1024;

    public bool TracksGeneration(string resource) => !ResourcesWithoutGeneration.Contains(resource);
}
