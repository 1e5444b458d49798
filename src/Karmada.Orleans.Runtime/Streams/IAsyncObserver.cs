namespace Karmada.Orleans.Streams;

/// <summary>Receives the events of a stream, one at a time and in order.</summary>
public interface IAsyncObserver<in T>
{
    Task OnNextAsync(T item, StreamSequenceToken? token = null);

    Task OnCompletedAsync() => Task.CompletedTask;

    Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
