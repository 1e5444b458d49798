using Karmada.Orleans.Runtime;

namespace Karmada.Orleans.Streams;

internal interface IExplicitSubscription
{
    Task DeliverAsync(object? item, StreamSequenceToken token);
}

/// <summary>
/// A subscription made with SubscribeAsync. Made inside a grain, events are delivered as turns of
/// that activation and the subscription ends when it deactivates; made elsewhere, the observer is called directly.
/// </summary>
internal sealed class ExplicitSubscription<T>(StreamQueue queue, IAsyncObserver<T> observer, GrainActivation? activation)
    : StreamSubscriptionHandle<T>, IExplicitSubscription
{
    private IAsyncObserver<T> _observer = observer;

    public GrainActivation? Activation => activation;

    public override Guid HandleId { get; } = Guid.NewGuid();

    public override StreamId StreamId => queue.StreamId;

    public override Task UnsubscribeAsync()
    {
        queue.Remove(this);
        return Task.CompletedTask;
    }

    public override Task<StreamSubscriptionHandle<T>> ResumeAsync(IAsyncObserver<T> observer, StreamSequenceToken? token = null)
    {
        _observer = observer;
        return Task.FromResult<StreamSubscriptionHandle<T>>(this);
    }

    public async Task DeliverAsync(object? item, StreamSequenceToken token)
    {
        if (activation is null)
        {
            await _observer.OnNextAsync((T)item!, token);
            return;
        }

        var work = new CallbackWorkItem(static (_, s) => ((Func<Task>)s!)(), (Func<Task>)(() => _observer.OnNextAsync((T)item!, token)));
        if (!activation.TryEnqueue(work))
        {
            await UnsubscribeAsync();
            return;
        }

        await work.Completion;
    }
}
