using System.Diagnostics.Metrics;

namespace Karmada.Orleans.Storage;

/// <summary>
/// The object store's instruments (System.Diagnostics.Metrics; the silo exports them on /metrics).
/// Recorded once per change or per commit, never per read.
/// </summary>
internal static class StoreMetrics
{
    public static readonly Meter Meter = new("Karmada.Orleans.Storage");

    public static readonly Counter<long> Changes = Meter.CreateCounter<long>(
        "karmada_store_changes_total", description: "Object changes committed to the store (by this silo or, on PostgreSQL, another), by resource and event type.");

    public static readonly Counter<long> WatchEvents = Meter.CreateCounter<long>(
        "karmada_store_watch_events_total", description: "Change events delivered to watchers (API watches and the controllers' change feed).");

    public static readonly UpDownCounter<long> Watchers = Meter.CreateUpDownCounter<long>(
        "karmada_store_watchers", description: "Open watches on the store.");

    public static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>(
        "karmada_store_commit_duration_seconds", "s", "Time to commit one batch of writes (group commit) to the database.", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    public static readonly Histogram<int> CommitBatchSize = Meter.CreateHistogram<int>(
        "karmada_store_commit_batch_size", description: "Writes per committed batch.", tags: null,
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024] });

    public static readonly Counter<long> Writes = Meter.CreateCounter<long>(
        "karmada_store_writes_total", description: "Writes (create, update, delete) by resource, operation and result (ok, or the store error).");

    public static string TypeName(WatchEventType type) => type switch
    {
        WatchEventType.Added => "ADDED",
        WatchEventType.Modified => "MODIFIED",
        WatchEventType.Deleted => "DELETED",
        _ => "BOOKMARK",
    };
}
