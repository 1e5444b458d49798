namespace Karmada.Orleans.Streams;

/// <summary>One subscription to a stream.</summary>
public abstract class StreamSubscriptionHandle<T>
{
    public abstract Guid HandleId { get; }

    public abstract StreamId StreamId { get; }

    public abstract Task UnsubscribeAsync();

    /// <summary>Attaches an observer to this subscription (how implicit subscribers start receiving).</summary>
    public abstract Task<StreamSubscriptionHandle<T>> ResumeAsync(IAsyncObserver<T> observer, StreamSequenceToken? token = null);
}
