using Karmada.Orleans.Diagnostics.GrainCalls;
using Karmada.Orleans.Diagnostics.Prometheus;
using Karmada.Orleans.Hosting;
using Karmada.Orleans.TestingHost;
using Karmada.Orleans.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Karmada.Orleans.Diagnostics.Tests.GrainCalls;

public interface IMeasuredGrain : IGrainWithStringKey
{
    ValueTask<int> FastAsync(int value);

    Task SlowAsync(TimeSpan delay);

    Task FailAsync();
}

public sealed class MeasuredGrain : Grain, IMeasuredGrain
{
    public ValueTask<int> FastAsync(int value) => ValueTask.FromResult(value);

    public Task SlowAsync(TimeSpan delay) => Task.Delay(delay);

    public async Task FailAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("broken");
    }
}

public sealed class GrainCallMetricsFilterTests
{
    [Fact]
    public async Task Counts_calls_exceptions_and_latency_per_grain_type_and_method()
    {
        await using var cluster = await InProcessTestCluster.StartAsync(silo => silo.AddGrain<MeasuredGrain>().AddGrainCallMetrics());
        var grain = cluster.GrainFactory.GetGrain<IMeasuredGrain>("g1");
        for (var i = 0; i < 50; i++)
        {
            await grain.FastAsync(i);
        }

        await grain.SlowAsync(TimeSpan.FromMilliseconds(30));
        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.FailAsync());

        var metrics = cluster.Services.GetRequiredService<GrainCallMetrics>();
        var byMethod = metrics.All.Select(m => m.Snapshot()).ToDictionary(m => m.Method);
        Assert.Equal(50, byMethod["FastAsync"].Calls);
        Assert.Equal(0, byMethod["FastAsync"].Exceptions);
        Assert.Equal(1, byMethod["FailAsync"].Exceptions);
        Assert.True(byMethod["SlowAsync"].Latency.Sum >= 0.03, $"slow call measured {byMethod["SlowAsync"].Latency.Sum}s");
        Assert.All(byMethod.Values, m => Assert.Equal("measured", m.GrainType));
        Assert.Equal("measured/g1", metrics.Slowest.Top()[0].Grain);
        Assert.Equal("SlowAsync", metrics.Slowest.Top()[0].Method);

        var text = new StringWriter();
        new GrainRuntimeMetricsSource(cluster.Runtime, metrics).Collect(new PrometheusTextWriter(text));
        var scrape = PrometheusText.Parse(text.ToString());
        Assert.Equal(50, scrape.Sum("orleans_grain_calls_total", ("type", "measured"), ("method", "FastAsync")));
        Assert.Equal(1, scrape.Sum("orleans_grain_call_exceptions_total", ("method", "FailAsync")));
        Assert.Equal(1, scrape.Sum("orleans_grain_activations", ("type", "measured")));
        Assert.Equal(52, scrape.Sum("orleans_grain_call_duration_seconds_count"));
    }
}
