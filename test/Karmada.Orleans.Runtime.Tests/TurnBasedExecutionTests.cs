using Karmada.Orleans.Runtime.Tests.Grains;

namespace Karmada.Orleans.Runtime.Tests;

[Collection(RuntimeCollection.Name)]
public sealed class TurnBasedExecutionTests(RuntimeFixture fixture)
{
    [Fact]
    public async Task A_grain_never_runs_two_requests_at_once_under_a_thousand_concurrent_callers()
    {
        var grain = fixture.Grains.GetGrain<ITurnProbeGrain>(Guid.NewGuid().ToString());

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => grain.EnterAsync())));

        Assert.Equal(1, await grain.GetMaxConcurrencyAsync());
    }

    [Fact]
    public async Task A_non_reentrant_grain_starts_the_next_request_only_after_the_current_one_completes()
    {
        var key = Guid.NewGuid().ToString();
        var grain = fixture.Grains.GetGrain<IOrderingGrain>(key);

        var blocked = grain.BlockAsync("a");
        await fixture.Signals.WaitAsync($"{key}:a-started");
        var queued = grain.RecordAsync("b");
        fixture.Signals.Signal($"{key}:a-release");
        await Task.WhenAll(blocked, queued);

        Assert.Equal(["a-start", "a-end", "b"], await grain.GetLogAsync());
    }

    [Fact]
    public async Task An_always_interleave_method_runs_while_a_request_is_suspended()
    {
        var key = Guid.NewGuid().ToString();
        var grain = fixture.Grains.GetGrain<IOrderingGrain>(key);

        var blocked = grain.BlockAsync("a");
        await fixture.Signals.WaitAsync($"{key}:a-started");
        await grain.RecordInterleavedAsync("b");
        fixture.Signals.Signal($"{key}:a-release");
        await blocked;

        Assert.Equal(["a-start", "b", "a-end"], await grain.GetLogAsync());
    }

    [Fact]
    public async Task A_reentrant_grain_interleaves_requests_but_never_runs_them_in_parallel()
    {
        var grain = fixture.Grains.GetGrain<IReentrantGrain>(Guid.NewGuid().ToString());

        var waiting = grain.WaitForSignalAsync();
        await grain.SignalAsync();

        Assert.Equal("signalled; max threads inside at once: 1", await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exceptions_reach_the_caller_with_their_type_and_message()
    {
        var grain = fixture.Grains.GetGrain<IFailingGrain>(Guid.NewGuid().ToString());

        var asyncFailure = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.ThrowAsync("boom"));
        var syncFailure = await Assert.ThrowsAsync<ArgumentException>(async () => await grain.ThrowValueTaskAsync());

        Assert.Equal("boom", asyncFailure.Message);
        Assert.Equal("value", syncFailure.ParamName);
        Assert.Equal(0, (await Assert.ThrowsAsync<InvalidOperationException>(() => grain.ThrowAsync("again"))).Message.IndexOf("again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_activation_fails_the_call_and_the_next_call_activates_afresh()
    {
        var grain = fixture.Grains.GetGrain<IBadActivationGrain>("only");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.PingAsync());

        Assert.Equal("first activation fails", failure.Message);
        Assert.Equal("pong", await grain.PingAsync());
    }

    [Fact]
    public async Task Grain_references_are_equal_by_identity_and_usable_from_anywhere()
    {
        var key = Guid.NewGuid().ToString();
        var a = fixture.Grains.GetGrain<ICounterGrain>(key);
        var b = fixture.Grains.GetGrain<ICounterGrain>(key);

        Assert.Equal(a, b);
        Assert.Equal(new GrainId("counter", key), a.GetGrainId());
        Assert.Equal(await a.GetActivationIdAsync(), await Task.Run(() => b.GetActivationIdAsync()));
    }
}
