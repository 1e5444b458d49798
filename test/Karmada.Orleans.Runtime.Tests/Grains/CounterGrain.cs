namespace Karmada.Orleans.Runtime.Tests.Grains;

public sealed class CounterState
{
    public int Value { get; set; }
}

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state, ActivationLog log) : Grain, ICounterGrain
{
    private readonly string _activationId = Guid.NewGuid().ToString("n");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        log.Add($"activate {GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        log.Add($"deactivate {GetPrimaryKeyString()} {reason.ReasonCode}");
        return Task.CompletedTask;
    }

    public async Task<int> IncrementAsync()
    {
        state.State.Value++;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Value);

    public Task<string> GetActivationIdAsync() => Task.FromResult(_activationId);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
