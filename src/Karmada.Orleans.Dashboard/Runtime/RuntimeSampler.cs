using Karmada.Orleans.Diagnostics.GrainCalls;
using Karmada.Orleans.Diagnostics.Metrics;
using Karmada.Orleans.Diagnostics.Process;
using Karmada.Orleans.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Dashboard.Runtime;

/// <summary>
/// Samples the silo's counters once a second and keeps the runtime view current: rates over the last
/// <see cref="Window"/> samples, a two-minute series, and the slowest/busiest grain windows rotated
/// every <see cref="HotspotWindow"/>. Requests read the latest view; none of them touches the counters.
/// </summary>
public sealed partial class RuntimeSampler(GrainRuntime runtime, GrainCallMetrics calls, MeterCollector meters, TimeProvider time, ILogger<RuntimeSampler> logger) : BackgroundService
{
    public const int Window = 5;
    public const int SeriesLength = 120;
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan HotspotWindow = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly Queue<RuntimeSample> _recent = new();
    private readonly Queue<SeriesPoint> _series = new();
    private DateTimeOffset _lastRotation = time.GetUtcNow();
    private RuntimeView? _view;

    /// <summary>The latest view (taken now if the sampler has not ticked yet).</summary>
    public RuntimeView Current
    {
        get
        {
            lock (_lock)
            {
                if (_view is null)
                {
                    Tick();
                }

                return _view!;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    lock (_lock)
                    {
                        Tick();
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // A failed sample costs the dashboard one point; it must never stop the host.
                    LogSampleFailed(logger, error);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Tick()
    {
        var sample = Take();
        var previous = _recent.LastOrDefault();
        var oldest = _recent.Count > 0 ? _recent.Peek() : null;
        _recent.Enqueue(sample);
        while (_recent.Count > Window + 1)
        {
            _recent.Dequeue();
        }

        if (previous is not null)
        {
            _series.Enqueue(SeriesPoint.Between(previous, sample));
            while (_series.Count > SeriesLength)
            {
                _series.Dequeue();
            }
        }

        if (sample.Process.At - _lastRotation >= HotspotWindow)
        {
            calls.Slowest.Rotate();
            calls.Busiest.Rotate();
            _lastRotation = sample.Process.At;
        }

        _view = RuntimeViewBuilder.Build(sample, oldest, calls, _series.ToList());
    }

    private RuntimeSample Take()
    {
        var methods = calls.All.Select(m => m.Snapshot()).ToDictionary(m => (m.GrainType, m.Method));
        // Every registered grain type is listed, active or not.
        var active = new Dictionary<string, long>(runtime.Statistics.ActiveByType, StringComparer.Ordinal);
        foreach (var grainClass in runtime.Registry.Classes)
        {
            active.TryAdd(grainClass.TypeName, 0);
        }

        return new RuntimeSample(
            ProcessSnapshot.Take(time),
            methods,
            active,
            runtime.ActivationCount,
            meters.Total("apiserver_request_total"),
            meters.Histogram("apiserver_request_duration_seconds"),
            meters.Total("karmada_store_changes_total"),
            meters.Total("karmada_store_watch_events_total"),
            meters.Total("karmada_store_watchers"));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sampling the runtime for the dashboard failed")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);
}
