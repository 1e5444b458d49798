namespace Karmada.Orleans.Runtime.Tests.Grains;

public sealed class FailingGrain : Grain, IFailingGrain
{
    public async Task ThrowAsync(string message)
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    public ValueTask<int> ThrowValueTaskAsync() => throw new ArgumentException("synchronous failure", "value");
}

public sealed class BadActivationGrain(ActivationLog log) : Grain, IBadActivationGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        log.Add("activation attempt");
        if (log.Entries.Count(e => e == "activation attempt") == 1)
        {
            throw new InvalidOperationException("first activation fails");
        }

        return Task.CompletedTask;
    }

    public Task<string> PingAsync() => Task.FromResult("pong");
}
