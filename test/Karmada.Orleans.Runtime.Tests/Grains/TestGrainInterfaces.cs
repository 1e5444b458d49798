namespace Karmada.Orleans.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    Task<int> GetAsync();

    Task<string> GetActivationIdAsync();

    Task DeactivateAsync();
}

public interface ITurnProbeGrain : IGrainWithStringKey
{
    Task EnterAsync();

    Task<int> GetMaxConcurrencyAsync();
}

public interface IOrderingGrain : IGrainWithStringKey
{
    Task BlockAsync(string name);

    Task RecordAsync(string name);

    [AlwaysInterleave]
    Task RecordInterleavedAsync(string name);

    Task<IReadOnlyList<string>> GetLogAsync();
}

public interface IReentrantGrain : IGrainWithStringKey
{
    Task<string> WaitForSignalAsync();

    Task SignalAsync();
}

public interface IFailingGrain : IGrainWithStringKey
{
    Task ThrowAsync(string message);

    ValueTask<int> ThrowValueTaskAsync();
}

public interface IBadActivationGrain : IGrainWithStringKey
{
    Task<string> PingAsync();
}

public interface ITimerGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan period);

    Task<int> GetTicksAsync();

    Task StopAsync();
}

public interface IReminderGrain : IGrainWithStringKey, IRemindable
{
    Task StartAsync(TimeSpan period);

    Task StopAsync();

    Task<int> GetTicksAsync();
}

public interface IStreamProducerGrain : IGrainWithStringKey
{
    Task ProduceAsync(int count);
}

public interface IStreamConsumerGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<int>> GetReceivedAsync();
}
