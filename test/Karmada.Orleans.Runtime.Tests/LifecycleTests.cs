using Karmada.Orleans.Hosting;
using Karmada.Orleans.Runtime.Tests.Grains;
using Microsoft.Extensions.Time.Testing;

namespace Karmada.Orleans.Runtime.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Deactivation_and_reactivation_keep_persistent_state()
    {
        var log = new ActivationLog();
        await using var cluster = await TestSilo.StartAsync(log);
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("c1");
        await grain.IncrementAsync();
        await grain.IncrementAsync();
        var firstActivation = await grain.GetActivationIdAsync();

        await grain.DeactivateAsync();
        await log.WaitForAsync(e => e.Contains("deactivate c1 ApplicationRequested"));

        Assert.Equal(2, await grain.GetAsync());
        Assert.NotEqual(firstActivation, await grain.GetActivationIdAsync());
    }

    [Fact]
    public async Task Idle_activations_are_collected_after_the_configured_age_and_busy_ones_are_not()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var log = new ActivationLog();
        await using var cluster = await TestSilo.StartAsync(log, time: time, configure: silo => silo.Configure<GrainCollectionOptions>(o =>
        {
            o.CollectionAge = TimeSpan.FromMinutes(2);
            o.CollectionQuantum = TimeSpan.FromSeconds(30);
        }));
        var idle = cluster.GrainFactory.GetGrain<ICounterGrain>("idle");
        var busy = cluster.GrainFactory.GetGrain<ICounterGrain>("busy");
        await idle.GetAsync();
        await busy.GetAsync();

        for (var i = 0; i < 6; i++)
        {
            time.Advance(TimeSpan.FromSeconds(30));
            await busy.GetAsync();
        }

        // A collection still running when the next quantum's tick fires lets that tick pass (as it should); with a
        // fake clock no later tick comes by itself, so time keeps moving (and busy keeps busy) until idle is collected.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!log.Entries.Any(e => e.Contains("deactivate idle ActivationIdle", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "the idle activation was never collected");
            time.Advance(TimeSpan.FromSeconds(30));
            await busy.GetAsync();
            await Task.Delay(10);
        }

        Assert.DoesNotContain("deactivate busy ActivationIdle", log.Entries);
        Assert.Equal(1, cluster.Runtime.Statistics.ActiveByType["counter"]);
    }

    [Fact]
    public async Task State_survives_a_silo_restart_and_shutdown_deactivates_every_activation()
    {
        var log = new ActivationLog();
        await using var cluster = await TestSilo.StartAsync(log);
        for (var i = 0; i < 3; i++)
        {
            await cluster.GrainFactory.GetGrain<ICounterGrain>($"r{i}").IncrementAsync();
        }

        await cluster.RestartAsync();

        Assert.All(Enumerable.Range(0, 3), i => Assert.Contains($"deactivate r{i} ShuttingDown", log.Entries));
        Assert.Equal(1, await cluster.GrainFactory.GetGrain<ICounterGrain>("r1").GetAsync());
    }

    [Fact]
    public async Task A_write_based_on_a_stale_etag_fails_and_never_overwrites()
    {
        // Two silos over one storage, as in a split brain: both activate the same grain.
        var log = new ActivationLog();
        await using var first = await TestSilo.StartAsync(log);
        await using var second = await TestSilo.StartAsync(log, configure: silo => silo.Services.AddKeyedSingletonOverride(first.Storage));
        var onFirst = first.GrainFactory.GetGrain<ICounterGrain>("contended");
        var onSecond = second.GrainFactory.GetGrain<ICounterGrain>("contended");
        await onFirst.GetAsync();
        await onSecond.GetAsync();

        Assert.Equal(1, await onFirst.IncrementAsync());
        await Assert.ThrowsAsync<InconsistentStateException>(() => onSecond.IncrementAsync());

        // The loser deactivated itself; its next activation reads the winner's write and carries on.
        await log.WaitForAsync(e => e.Count(x => x == "deactivate contended ApplicationError") == 1);
        Assert.Equal(2, await onSecond.IncrementAsync());
    }

    [Fact]
    public async Task Call_filters_see_every_incoming_call()
    {
        var filter = new RecordingFilter();
        await using var cluster = await TestSilo.StartAsync(configure: silo => silo.Services.AddSingletonFilter(filter));
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("filtered");

        Assert.Equal(1, await grain.IncrementAsync());
        await grain.GetAsync();

        Assert.Equal(["ICounterGrain.IncrementAsync -> 1", "ICounterGrain.GetAsync -> 1"], filter.Calls);
    }
}
