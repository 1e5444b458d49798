using Karmada.Orleans.Streams;

namespace Karmada.Orleans.Runtime.Tests.Grains;

public static class TestStreams
{
    public const string Provider = "test";
    public const string Namespace = "numbers";
}

public sealed class StreamProducerGrain : Grain, IStreamProducerGrain
{
    public async Task ProduceAsync(int count)
    {
        var stream = GetStreamProvider(TestStreams.Provider).GetStream<int>(StreamId.Create(TestStreams.Namespace, GetPrimaryKeyString()));
        for (var i = 1; i <= count; i++)
        {
            await stream.OnNextAsync(i);
        }
    }
}

[ImplicitStreamSubscription(TestStreams.Namespace)]
public sealed class StreamConsumerGrain(ActivationLog log) : Grain, IStreamConsumerGrain, IStreamSubscriptionObserver, IAsyncObserver<int>
{
    private readonly List<int> _received = [];
    private bool _inTurn;

    public Task<IReadOnlyList<int>> GetReceivedAsync() => Task.FromResult<IReadOnlyList<int>>(_received.ToArray());

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<int>().ResumeAsync(this);

    public async Task OnNextAsync(int item, StreamSequenceToken? token = null)
    {
        if (_inTurn)
        {
            log.Add("overlap");
        }

        _inTurn = true;
        await Task.Yield();
        _received.Add(item);
        _inTurn = false;
        log.Add($"received {GetPrimaryKeyString()} {item}");
    }
}
