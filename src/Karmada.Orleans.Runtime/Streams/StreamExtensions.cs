namespace Karmada.Orleans.Streams;

public static class StreamExtensions
{
    public static Task<StreamSubscriptionHandle<T>> SubscribeAsync<T>(this IAsyncStream<T> stream, Func<T, StreamSequenceToken?, Task> onNext) =>
        stream.SubscribeAsync(new DelegateObserver<T>(onNext));

    public static Task<StreamSubscriptionHandle<T>> ResumeAsync<T>(this StreamSubscriptionHandle<T> handle, Func<T, StreamSequenceToken?, Task> onNext) =>
        handle.ResumeAsync(new DelegateObserver<T>(onNext));

    private sealed class DelegateObserver<T>(Func<T, StreamSequenceToken?, Task> onNext) : IAsyncObserver<T>
    {
        public Task OnNextAsync(T item, StreamSequenceToken? token = null) => onNext(item, token);
    }
}
