using System.Globalization;
using System.Text.Json.Nodes;
using Karmada.Orleans.Abstractions.Clusters;
using Karmada.Orleans.Diagnostics.Metrics;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Dashboard.Karmada;

/// <summary>
/// Builds the Karmada view from the object store (clusters, bindings, Works, Events), the cluster
/// grains (last probe) and the controllers' histograms. Built on demand, at most once per
/// <see cref="MaxAge"/> however many dashboards poll, so an unwatched dashboard costs nothing.
/// </summary>
public sealed class KarmadaViewBuilder(IObjectStore store, IGrainFactory grains, MeterCollector meters, TimeProvider time)
{
    public const int EventCount = 30;
    public const int FailingCount = 50;
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private Task<KarmadaView>? _building;
    private DateTimeOffset _builtAt;

    public Task<KarmadaView> CurrentAsync()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_building is null || (_building.IsCompleted && now - _builtAt >= MaxAge))
            {
                _builtAt = now;
                _building = BuildAsync(CancellationToken.None);
            }

            return _building;
        }
    }

    private async Task<KarmadaView> BuildAsync(CancellationToken cancellationToken)
    {
        var clusters = await WithProbesAsync((await ClusterRows.ListAsync(store, cancellationToken)).Select(c => c.Row).ToList());
        var bindings = await BindingsAsync(cancellationToken);
        var works = await WorksAsync(cancellationToken);
        var events = await EventsAsync(cancellationToken);
        return new KarmadaView(time.GetUtcNow(), clusters, bindings, works, events,
            Latency(meters.Histogram("karmada_resource_distribution_duration_seconds")),
            Latency(meters.Histogram("karmada_scheduler_e2e_scheduling_duration_seconds"), meters.Histogram("karmada_scheduler_e2e_scheduling_duration_seconds", l => l.Any(x => x.Name == "result" && x.Value == "error"))?.Count ?? 0));
    }

    private async Task<IReadOnlyList<ClusterRow>> WithProbesAsync(IReadOnlyList<ClusterRow> rows)
    {
        var reports = await Task.WhenAll(rows.Select(async row =>
        {
            try
            {
                return await grains.GetGrain<IClusterGrain>(row.Name).GetStatusAsync().WaitAsync(ProbeTimeout);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // No report (grain busy, silo stopping, no cluster controller here): the row shows no probe.
                return null;
            }
        }));
        return rows.Select((row, i) => reports[i] is { } report
            ? row with { LastProbe = report.LastProbeTime, ProbeMs = report.LastProbeDuration is { } d ? Math.Round(d.TotalMilliseconds, 1) : null }
            : row).ToList();
    }

    private async Task<BindingSummary> BindingsAsync(CancellationToken cancellationToken)
    {
        int total = 0, scheduled = 0, fullyApplied = 0;
        var failing = new List<FailingBinding>();
        foreach (var (resource, kind) in new[] { ("resourcebindings.work.karmada.io", "ResourceBinding"), ("clusterresourcebindings.work.karmada.io", "ClusterResourceBinding") })
        {
            foreach (var item in (await store.ListAsync(resource, new ListOptions(), cancellationToken)).Items)
            {
                total++;
                var binding = item.ToJsonObject();
                var isScheduled = Condition(binding, "Scheduled");
                var isApplied = Condition(binding, "FullyApplied");
                scheduled += isScheduled?["status"]?.GetValue<string>() == "True" ? 1 : 0;
                fullyApplied += isApplied?["status"]?.GetValue<string>() == "True" ? 1 : 0;
                var problem = isScheduled?["status"]?.GetValue<string>() == "False" ? isScheduled
                    : isApplied?["status"]?.GetValue<string>() == "False" ? isApplied
                    : null;
                if (problem is not null && failing.Count < FailingCount)
                {
                    failing.Add(new FailingBinding(
                        kind,
                        item.Key.Namespace.Length == 0 ? null : item.Key.Namespace,
                        item.Key.Name,
                        ResourceOf(binding),
                        Text(problem, "type"),
                        Text(problem, "reason"),
                        ProblemMessage(binding, problem),
                        (binding["spec"]?["clusters"] as JsonArray ?? []).Select(c => Text(c, "name")).Where(n => n.Length > 0).ToList()));
                }
            }
        }

        return new BindingSummary(total, scheduled, fullyApplied, failing);
    }

    /// <summary>For FullyApplied, the member-side reasons say more than the condition's summary.</summary>
    private static string ProblemMessage(JsonObject binding, JsonNode problem)
    {
        var perCluster = (binding["status"]?["aggregatedStatus"] as JsonArray ?? [])
            .Where(s => s?["applied"]?.GetValue<bool>() != true && Text(s, "appliedMessage").Length > 0)
            .Select(s => $"{Text(s, "clusterName")}: {Text(s, "appliedMessage")}")
            .ToList();
        return Text(problem, "type") == "FullyApplied" && perCluster.Count > 0 ? string.Join("; ", perCluster) : Text(problem, "message");
    }

    private async Task<IReadOnlyList<WorkRow>> WorksAsync(CancellationToken cancellationToken)
    {
        var byCluster = new SortedDictionary<string, (int Total, int Applied, int Failed)>(StringComparer.Ordinal);
        foreach (var item in (await store.ListAsync("works.work.karmada.io", new ListOptions(), cancellationToken)).Items)
        {
            var cluster = item.Key.Namespace.StartsWith("karmada-es-", StringComparison.Ordinal) ? item.Key.Namespace["karmada-es-".Length..] : item.Key.Namespace;
            var applied = Condition(item.ToJsonObject(), "Applied")?["status"]?.GetValue<string>();
            var (total, ok, failed) = byCluster.GetValueOrDefault(cluster);
            byCluster[cluster] = (total + 1, ok + (applied == "True" ? 1 : 0), failed + (applied == "False" ? 1 : 0));
        }

        return byCluster.Select(kv => new WorkRow(kv.Key, kv.Value.Total, kv.Value.Applied, kv.Value.Failed, kv.Value.Total - kv.Value.Applied - kv.Value.Failed)).ToList();
    }

    private async Task<IReadOnlyList<EventRow>> EventsAsync(CancellationToken cancellationToken)
    {
        var events = new List<EventRow>();
        foreach (var item in (await store.ListAsync("events", new ListOptions(), cancellationToken)).Items)
        {
            var e = item.ToJsonObject();
            var involved = e["involvedObject"];
            var ns = Text(involved, "namespace");
            events.Add(new EventRow(
                Timestamp(Text(e, "lastTimestamp")) ?? Timestamp(Text(e, "eventTime")) ?? Timestamp(Text(e, "firstTimestamp")),
                Text(e, "type"),
                Text(e, "reason"),
                $"{Text(involved, "kind")}/{(ns.Length == 0 ? "" : ns + "/")}{Text(involved, "name")}",
                Text(e, "message"),
                Text(e["source"], "component") is { Length: > 0 } component ? component : Text(e, "reportingComponent"),
                e["count"]?.GetValue<long>() ?? 1));
        }

        return events.OrderByDescending(e => e.Time ?? DateTimeOffset.MinValue).Take(EventCount).ToList();
    }

    private static LatencySummary Latency(HistogramSnapshot? histogram, long errors = 0) => histogram is null || histogram.Count == 0
        ? new LatencySummary(0, null, null, null, errors)
        : new LatencySummary(histogram.Count, Ms(histogram.Quantile(0.5)), Ms(histogram.Quantile(0.9)), Ms(histogram.Quantile(0.99)), errors);

    private static double? Ms(double seconds) => double.IsFinite(seconds) ? Math.Round(seconds * 1000, 1) : null;

    private static JsonNode? Condition(JsonObject obj, string type) =>
        (obj["status"]?["conditions"] as JsonArray ?? []).FirstOrDefault(c => c?["type"]?.GetValue<string>() == type);

    private static string ResourceOf(JsonObject binding)
    {
        var resource = binding["spec"]?["resource"];
        var ns = Text(resource, "namespace");
        return $"{Text(resource, "kind")} {(ns.Length == 0 ? "" : ns + "/")}{Text(resource, "name")}";
    }

    private static string Text(JsonNode? node, string field) =>
        node?[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    private static DateTimeOffset? Timestamp(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
