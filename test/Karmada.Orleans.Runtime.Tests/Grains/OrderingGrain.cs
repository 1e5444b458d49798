namespace Karmada.Orleans.Runtime.Tests.Grains;

public sealed class OrderingGrain(SignalBoard signals) : Grain, IOrderingGrain
{
    private readonly List<string> _log = [];

    public async Task BlockAsync(string name)
    {
        _log.Add($"{name}-start");
        signals.Signal($"{GetPrimaryKeyString()}:{name}-started");
        await signals.WaitAsync($"{GetPrimaryKeyString()}:{name}-release");
        _log.Add($"{name}-end");
    }

    public Task RecordAsync(string name)
    {
        _log.Add(name);
        return Task.CompletedTask;
    }

    public Task RecordInterleavedAsync(string name)
    {
        _log.Add(name);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> GetLogAsync() => Task.FromResult<IReadOnlyList<string>>(_log.ToArray());
}
