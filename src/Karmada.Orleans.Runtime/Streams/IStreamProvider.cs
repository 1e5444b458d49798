namespace Karmada.Orleans.Streams;

public interface IStreamProvider
{
    string Name { get; }

    IAsyncStream<T> GetStream<T>(StreamId streamId);
}
