using System.Diagnostics;
using System.Text.Json.Nodes;
using Karmada.Orleans.Abstractions.Clusters;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Members;
using Karmada.Orleans.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Karmada.Orleans.Grains.Clusters;

/// <summary>
/// Karmada's cluster and cluster-status controllers for one member: a finalizer and the execution
/// namespace while the Cluster exists; every period a health probe, the Ready condition (with
/// thresholds), version, API enablements, node and resource summaries, and the not-ready /
/// unreachable taints; on deletion, the execution namespace goes first, then the Cluster.
/// </summary>
public sealed partial class ClusterGrain(
    IObjectStore store,
    MemberClientFactory clients,
    IOptions<ClusterOptions> options,
    TimeProvider time,
    ILogger<ClusterGrain> logger) : Grain, IClusterGrain
{
    public const string Finalizer = "karmada.io/cluster-controller";

    private readonly ClusterHealth _health = new(options.Value.SuccessThreshold, options.Value.FailureThreshold);
    private IGrainTimer? _timer;
    private ClusterHealthReport? _report;
    private int _failures;
    /// <summary>Whether the periodic collection has moved to this cluster's phase (after the first, immediate one).</summary>
    private bool _phased;

    private static readonly TimeSpan CleanupRecheck = TimeSpan.FromMilliseconds(300);

    private string Name => GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken) => ReconcileAsync();

    public async Task ReconcileAsync()
    {
        var stored = await store.GetAsync(KarmadaKeys.Cluster(Name));
        if (stored is null)
        {
            Stop();
            return;
        }

        var metadata = ObjectMutations.Metadata(stored.ToJsonObject());
        if (metadata["deletionTimestamp"] is not null)
        {
            await CleanUpAsync();
            return;
        }

        await store.UpdateAsync(KarmadaKeys.Cluster(Name), obj =>
        {
            var finalizers = ObjectMutations.Metadata(obj)["finalizers"] as JsonArray ?? [];
            if (finalizers.Any(f => f?.GetValue<string>() == Finalizer))
            {
                return false;
            }

            finalizers.Add(Finalizer);
            ObjectMutations.Metadata(obj)["finalizers"] = finalizers;
            return true;
        });
        await EnsureExecutionSpaceAsync();
        _timer ??= RegisterGrainTimer(static (grain, _) => grain.ProbeAsync(), this,
            new GrainTimerCreationOptions(TimeSpan.Zero, options.Value.StatusUpdateFrequency) { KeepAlive = true });
    }

    public async Task ProbeAsync()
    {
        var stored = await store.GetAsync(KarmadaKeys.Cluster(Name));
        if (stored is null)
        {
            Stop();
            return;
        }

        if (ObjectMutations.Metadata(stored.ToJsonObject())["deletionTimestamp"] is not null)
        {
            await CleanUpAsync();
            return;
        }

        if (!_phased && _timer is not null)
        {
            // The first collection runs at once; the next ones at the cluster's own phase of the period.
            _phased = true;
            var period = options.Value.StatusUpdateFrequency;
            _timer.Change(period + StatusSchedule.Phase(Name, period), period);
        }

        var started = Stopwatch.GetTimestamp();
        using var timeout = new CancellationTokenSource(options.Value.ProbeTimeout);
        KubernetesClusterClient? member = null;
        ProbeResult result;
        string? detail = null;
        try
        {
            member = await clients.GetAsync(Name, timeout.Token);
            result = await ClusterStatusCollector.ProbeAsync(member, timeout.Token);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            result = ProbeResult.Unreachable;
            detail = error is OperationCanceledException ? $"no answer within {options.Value.ProbeTimeout.TotalSeconds:0.#}s" : error.Message;
        }

        var now = time.GetUtcNow();
        _failures = result == ProbeResult.Healthy ? 0 : _failures + 1;
        var status = (stored.ToJsonObject()["status"] as JsonObject)?.DeepClone().AsObject() ?? [];
        var conditions = KarmadaJson.Deserialize<List<Condition>>(status["conditions"] ?? new JsonArray());
        var ready = _health.Next(Conditions.Find(conditions, ClusterConditions.Ready), result, now, detail);
        status["conditions"] = KarmadaJson.ToNode(Conditions.Set(conditions, ready, now));
        if (result == ProbeResult.Healthy && member is not null)
        {
            await CollectAsync(member, status);
        }

        _report = new ClusterHealthReport(Name, ready.Status, ready.Reason, ready.Message, status["kubernetesVersion"]?.GetValue<string>(), now, Stopwatch.GetElapsedTime(started), _failures);
        await store.UpdateAsync(KarmadaKeys.Cluster(Name), obj =>
        {
            var changed = false;
            if (!JsonNode.DeepEquals(obj["status"], status))
            {
                obj["status"] = status.DeepClone();
                changed = true;
            }

            var spec = obj["spec"] as JsonObject ?? [];
            var taints = KarmadaJson.Deserialize<List<Taint>>(spec["taints"] ?? new JsonArray());
            var wanted = ClusterHealth.TaintsFor(ready.Status, taints, now);
            if (!wanted.SequenceEqual(taints))
            {
                if (wanted.Count == 0)
                {
                    spec.Remove("taints");
                }
                else
                {
                    spec["taints"] = KarmadaJson.ToNode(wanted);
                }

                obj["spec"] = spec;
                changed = true;
            }

            return changed;
        });
        Diagnostics.ControllerMetrics.ClusterStatusSynced(Name, started);
    }

    public Task<ClusterHealthReport> GetStatusAsync() =>
        Task.FromResult(_report ?? new ClusterHealthReport(Name, ConditionStatus.Unknown, "", "not probed yet", null, null, null, 0));

    private async Task CollectAsync(KubernetesClusterClient member, JsonObject status)
    {
        using var timeout = new CancellationTokenSource(options.Value.ProbeTimeout * 3);
        try
        {
            status["kubernetesVersion"] = (await member.Discovery.GetServerVersionAsync(timeout.Token)).GitVersion;
            status["apiEnablements"] = KarmadaJson.ToNode(await ClusterStatusCollector.ApiEnablementsAsync(member, timeout.Token));
            var (nodes, resources) = await ClusterStatusCollector.SummariesAsync(member, timeout.Token);
            status["nodeSummary"] = KarmadaJson.ToNode(nodes);
            status["resourceSummary"] = KarmadaJson.ToNode(resources);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Keep what was collected before; the next period tries again.
            LogCollectFailed(logger, Name, error);
        }
    }

    private async Task EnsureExecutionSpaceAsync()
    {
        var name = KarmadaNames.GenerateExecutionSpaceName(Name);
        await store.CreateIfMissingAsync(KarmadaKeys.Namespace(name), new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Namespace",
            ["metadata"] = new JsonObject
            {
                ["name"] = name,
                ["labels"] = new JsonObject { ["kubernetes.io/metadata.name"] = name, ["karmada.io/managed"] = "true" },
            },
            ["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") },
            ["status"] = new JsonObject { ["phase"] = "Active" },
        });
    }

    /// <summary>Deletion: the execution namespace (and the Works in it) first, then the finalizer goes.</summary>
    private async Task CleanUpAsync()
    {
        var executionSpace = KarmadaKeys.ExecutionSpace(Name);
        var stillThere = await store.UpdateAsync(executionSpace, ns =>
        {
            if (ns["status"]?["phase"]?.GetValue<string>() == "Terminating")
            {
                return false;
            }

            ns["status"] = new JsonObject { ["phase"] = "Terminating" };
            return true;
        });
        if (stillThere is not null)
        {
            // The namespace controller empties and removes it; check back soon.
            _timer ??= RegisterGrainTimer(static (grain, _) => grain.ProbeAsync(), this,
                new GrainTimerCreationOptions(CleanupRecheck, CleanupRecheck) { KeepAlive = true });
            _timer.Change(CleanupRecheck, CleanupRecheck);
            return;
        }

        await store.UpdateAsync(KarmadaKeys.Cluster(Name), obj =>
        {
            var finalizers = ObjectMutations.Metadata(obj)["finalizers"] as JsonArray ?? [];
            var kept = finalizers.Where(f => f?.GetValue<string>() != Finalizer).Select(f => f?.DeepClone()).ToArray();
            if (kept.Length == finalizers.Count)
            {
                return false;
            }

            ObjectMutations.Metadata(obj)["finalizers"] = new JsonArray(kept);
            return true;
        });
        Stop();
    }

    private void Stop()
    {
        _timer?.Dispose();
        _timer = null;
        clients.Forget(Name);
        DeactivateOnIdle();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Collecting the status of cluster {Cluster} failed")]
    private static partial void LogCollectFailed(ILogger logger, string cluster, Exception exception);
}
