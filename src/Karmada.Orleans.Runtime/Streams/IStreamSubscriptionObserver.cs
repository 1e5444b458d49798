namespace Karmada.Orleans.Streams;

/// <summary>
/// Implemented by grains with an implicit subscription: called in the grain's turn before the first
/// event of a stream is delivered; resume the handle with the observer that should receive them.
/// </summary>
public interface IStreamSubscriptionObserver : IGrain
{
    Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory);
}
