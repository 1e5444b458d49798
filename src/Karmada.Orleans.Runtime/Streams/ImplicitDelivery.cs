using Karmada.Orleans.Runtime;

namespace Karmada.Orleans.Streams;

internal sealed record ImplicitDeliveryState(string ProviderName, StreamId StreamId, object? Item, StreamSequenceToken Token);

/// <summary>
/// Delivers a stream event to an implicitly subscribed grain, inside its turn: the first event of a
/// stream asks the grain for its observer (OnSubscribed), later ones go straight to it.
/// </summary>
internal static class ImplicitDelivery
{
    public static async Task DeliverAsync(GrainActivation activation, ImplicitDeliveryState state)
    {
        var observers = activation.ImplicitObservers;
        var key = (state.ProviderName, state.StreamId);
        if (!observers.TryGetValue(key, out var observer))
        {
            if (activation.Instance is IStreamSubscriptionObserver subscriptionObserver)
            {
                await subscriptionObserver.OnSubscribed(new HandleFactory(activation, state.ProviderName, state.StreamId));
            }

            if (!observers.TryGetValue(key, out observer))
            {
                observer = activation.Instance;
                observers[key] = observer;
            }
        }

        if (observer is null)
        {
            return;
        }

        await ObserverInvoker.InvokeAsync(observer, state.Item, state.Token);
    }

    private sealed class HandleFactory(GrainActivation activation, string providerName, StreamId streamId) : IStreamSubscriptionHandleFactory
    {
        public StreamId StreamId => streamId;

        public string ProviderName => providerName;

        public StreamSubscriptionHandle<T> Create<T>() => new ImplicitSubscriptionHandle<T>(activation, providerName, streamId);
    }
}
