namespace Karmada.Orleans.Streams;

/// <summary>A stream reference: produce events into it or subscribe to it.</summary>
public interface IAsyncStream<T>
{
    StreamId StreamId { get; }

    string ProviderName { get; }

    /// <summary>Queues the event; subscribers receive events of one stream in the order they were queued.</summary>
    Task OnNextAsync(T item);

    Task OnNextBatchAsync(IEnumerable<T> items);

    Task<StreamSubscriptionHandle<T>> SubscribeAsync(IAsyncObserver<T> observer);

    Task<IList<StreamSubscriptionHandle<T>>> GetAllSubscriptionHandles();
}
