namespace Karmada.Orleans.Streams;

internal sealed class MemoryStream<T>(MemoryStreamProvider provider, StreamId streamId) : IAsyncStream<T>
{
    public StreamId StreamId => streamId;

    public string ProviderName => provider.Name;

    public Task OnNextAsync(T item)
    {
        provider.GetQueue(streamId).Enqueue(item);
        return Task.CompletedTask;
    }

    public Task OnNextBatchAsync(IEnumerable<T> items)
    {
        var queue = provider.GetQueue(streamId);
        foreach (var item in items)
        {
            queue.Enqueue(item);
        }

        return Task.CompletedTask;
    }

    public Task<StreamSubscriptionHandle<T>> SubscribeAsync(IAsyncObserver<T> observer) =>
        Task.FromResult<StreamSubscriptionHandle<T>>(provider.GetQueue(streamId).Subscribe(observer));

    public Task<IList<StreamSubscriptionHandle<T>>> GetAllSubscriptionHandles() =>
        Task.FromResult<IList<StreamSubscriptionHandle<T>>>(provider.GetQueue(streamId).HandlesOf<T>());
}
