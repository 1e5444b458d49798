using Karmada.Orleans.Dashboard.Runtime;
using Karmada.Orleans.Diagnostics.GrainCalls;
using Karmada.Orleans.Diagnostics.Metrics;
using Karmada.Orleans.Diagnostics.Process;
using Microsoft.Extensions.Time.Testing;

namespace Karmada.Orleans.Dashboard.Tests.Views;

public sealed class RuntimeViewBuilderTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rates_and_percentiles_cover_the_window_between_two_samples()
    {
        var earlier = Sample(0, cpuSeconds: 10, ("work", "ReconcileAsync", 100, 0, 0.001), ("cluster", "ProbeAsync", 10, 0, 0.2));
        var now = Sample(5, cpuSeconds: 15, ("work", "ReconcileAsync", 600, 5, 0.001), ("cluster", "ProbeAsync", 10, 0, 0.2));

        var view = RuntimeViewBuilder.Build(now, earlier, new GrainCallMetrics(new FakeTimeProvider()), []);

        var work = view.Methods.Single(m => m.Type == "work");
        Assert.Equal(100, work.CallsPerSecond, 6);
        Assert.Equal(1, work.ExceptionsPerSecond, 6);
        Assert.Equal(600, work.TotalCalls);
        Assert.InRange(work.P99Ms!.Value, 0.5, 1.0);
        var cluster = view.GrainTypes.Single(t => t.Type == "cluster");
        Assert.Equal(0, cluster.CallsPerSecond);
        Assert.Null(cluster.P99Ms); // nothing happened in the window
        Assert.Equal(10, cluster.TotalCalls);
        Assert.Equal(["work", "cluster", "idle"], view.GrainTypes.Select(t => t.Type));
        Assert.Equal(50, view.Silo.CpuPercent, 6); // 5 CPU seconds over 5 s on 2 cores
        Assert.Equal(100, view.Silo.CallsPerSecond, 6);
        Assert.Equal(20, view.Silo.ApiRequestsPerSecond, 6);
    }

    private static RuntimeSample Sample(int second, double cpuSeconds, params (string Type, string Method, long Calls, long Exceptions, double Seconds)[] methods)
    {
        var process = new ProcessSnapshot(Start.AddSeconds(second), Start.AddSeconds(-60), cpuSeconds, 100 << 20, 1 << 30, 10 << 20, 1 << 30, [1, 0, 0], 0, 20, 4, 0, 0, 10, 2);
        var snapshots = methods.ToDictionary(m => (m.Type, m.Method), m =>
        {
            var counts = new long[HistogramBounds.GrainCall.Length + 1];
            counts[Histogram.BucketOf(HistogramBounds.GrainCall, m.Seconds)] = m.Calls;
            return new GrainMethodSnapshot(m.Type, m.Method, m.Calls, m.Exceptions, new HistogramSnapshot(HistogramBounds.GrainCall, counts, m.Calls * m.Seconds));
        });
        var activations = new Dictionary<string, long> { ["work"] = 3, ["cluster"] = 1, ["idle"] = 0 };
        return new RuntimeSample(process, snapshots, activations, 4, second * 20, null, second * 2, second * 4, 3);
    }
}
