namespace Karmada.Orleans.Streams;

public interface IStreamSubscriptionHandleFactory
{
    StreamId StreamId { get; }

    string ProviderName { get; }

    StreamSubscriptionHandle<T> Create<T>();
}
