using System.Diagnostics;
using System.Diagnostics.Metrics;
using Karmada.Orleans.Scheduling;

namespace Karmada.Orleans.Grains.Diagnostics;

/// <summary>
/// The controllers' instruments, named as Karmada's own metrics (pkg/metrics, pkg/scheduler/metrics)
/// so existing dashboards and SLO rules apply. Recorded around the controllers' I/O, never inside
/// the pure decision code.
/// </summary>
public static class ControllerMetrics
{
    public static readonly Meter Meter = new("Karmada.Orleans.Controllers");

    private static readonly Histogram<double> E2eScheduling = Meter.CreateHistogram<double>(
        "karmada_scheduler_e2e_scheduling_duration_seconds", "s", "E2E scheduling latency in seconds (scheduling algorithm + binding update).", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = Exponential(0.001, 2, 15) });

    private static readonly Counter<long> ScheduleAttempts = Meter.CreateCounter<long>(
        "karmada_scheduler_schedule_attempts_total", description: "Number of attempts to schedule a resourceBinding, by result (scheduled, error) and schedule_type.");

    private static readonly Histogram<double> BindingSyncWork = Meter.CreateHistogram<double>(
        "binding_sync_work_duration_seconds", "s", "Duration in seconds for the binding controller to sync the Works of a binding.", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = Exponential(0.001, 2, 12) });

    private static readonly Histogram<double> WorkSyncWorkload = Meter.CreateHistogram<double>(
        "work_sync_workload_duration_seconds", "s", "Duration in seconds to sync the workload of a Work to its member cluster.", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = Exponential(0.001, 2, 12) });

    private static readonly Histogram<double> ClusterSyncStatus = Meter.CreateHistogram<double>(
        "cluster_sync_status_duration_seconds", "s", "Duration in seconds for syncing the status of the cluster once.", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = Exponential(0.005, 2, 12) });

    private static readonly Histogram<double> ResourceDistribution = Meter.CreateHistogram<double>(
        "karmada_resource_distribution_duration_seconds", "s", "Resource distribution latency: from a resource template change to its Work applied in a member cluster (Karmada's SLO, P99 ≤ 2 s).", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = Exponential(0.005, 2, 14) });

    /// <summary>Karmada's schedule types: a scale is a ScaleSchedule, everything else reconciles the placement.</summary>
    public static string ScheduleType(RescheduleReason reason) => reason == RescheduleReason.ReplicasChanged ? "ScaleSchedule" : "ReconcileSchedule";

    public static void Scheduled(RescheduleReason reason, bool succeeded, long startedTimestamp)
    {
        var tags = new TagList { { "result", succeeded ? "scheduled" : "error" }, { "schedule_type", ScheduleType(reason) } };
        ScheduleAttempts.Add(1, tags);
        E2eScheduling.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, tags);
    }

    public static void WorksSynced(bool succeeded, long startedTimestamp) =>
        BindingSyncWork.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, new KeyValuePair<string, object?>("result", succeeded ? "success" : "error"));

    public static void WorkloadSynced(bool succeeded, long startedTimestamp) =>
        WorkSyncWorkload.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, new KeyValuePair<string, object?>("result", succeeded ? "success" : "error"));

    public static void ClusterStatusSynced(string cluster, long startedTimestamp) =>
        ClusterSyncStatus.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, new KeyValuePair<string, object?>("member_cluster", cluster));

    public static void Distributed(TimeSpan latency) => ResourceDistribution.Record(latency.TotalSeconds);

    private static double[] Exponential(double start, double factor, int count) =>
        Enumerable.Range(0, count).Select(i => Math.Round(start * Math.Pow(factor, i), 6)).ToArray();
}
