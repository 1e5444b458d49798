using Karmada.Orleans.Runtime.Tests.Grains;
using Microsoft.Extensions.Time.Testing;

namespace Karmada.Orleans.Runtime.Tests;

public sealed class TimerAndReminderTests
{
    private static FakeTimeProvider NewClock() => new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Grain_timers_tick_as_turns_on_their_period_and_stop_when_disposed()
    {
        var time = NewClock();
        var log = new ActivationLog();
        await using var cluster = await TestSilo.StartAsync(log, time: time);
        var grain = cluster.GrainFactory.GetGrain<ITimerGrain>("t");
        await grain.StartAsync(TimeSpan.FromSeconds(5));

        for (var tick = 1; tick <= 3; tick++)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            var expected = $"tick {tick}";
            await log.WaitForAsync(e => e.Contains(expected));
            await grain.GetTicksAsync();
        }

        await grain.StopAsync();
        time.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(3, await grain.GetTicksAsync());
        Assert.DoesNotContain("overlap", log.Entries);
    }

    [Fact]
    public async Task Reminders_are_durable_and_fire_after_a_silo_restart()
    {
        var time = NewClock();
        var log = new ActivationLog();
        await using var cluster = await TestSilo.StartAsync(log, time: time);
        await cluster.GrainFactory.GetGrain<IReminderGrain>("r").StartAsync(TimeSpan.FromMinutes(1));
        time.Advance(TimeSpan.FromMinutes(1));
        await log.WaitForAsync(e => e.Contains("reminder heartbeat 1"));

        await cluster.RestartAsync();
        time.Advance(TimeSpan.FromMinutes(1));
        await log.WaitForAsync(e => e.Contains("reminder heartbeat 2"));

        await cluster.GrainFactory.GetGrain<IReminderGrain>("r").StopAsync();
        Assert.Empty(await cluster.ReminderTable.ReadAllAsync());
        Assert.Equal(2, await cluster.GrainFactory.GetGrain<IReminderGrain>("r").GetTicksAsync());
    }

    [Fact]
    public async Task Reminder_periods_below_the_minimum_are_rejected()
    {
        await using var cluster = await TestSilo.StartAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => cluster.GrainFactory.GetGrain<IReminderGrain>("fast").StartAsync(TimeSpan.FromSeconds(1)));
    }
}
