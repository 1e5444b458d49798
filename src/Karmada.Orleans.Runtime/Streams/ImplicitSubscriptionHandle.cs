using Karmada.Orleans.Runtime;

namespace Karmada.Orleans.Streams;

/// <summary>The handle an implicitly subscribed grain resumes with its observer.</summary>
internal sealed class ImplicitSubscriptionHandle<T>(GrainActivation activation, string providerName, StreamId streamId) : StreamSubscriptionHandle<T>
{
    public override Guid HandleId { get; } = Guid.NewGuid();

    public override StreamId StreamId => streamId;

    public override Task UnsubscribeAsync()
    {
        // An implicit subscription cannot end; this activation just stops observing.
        activation.ImplicitObservers[(providerName, streamId)] = null;
        return Task.CompletedTask;
    }

    public override Task<StreamSubscriptionHandle<T>> ResumeAsync(IAsyncObserver<T> observer, StreamSequenceToken? token = null)
    {
        activation.ImplicitObservers[(providerName, streamId)] = observer;
        return Task.FromResult<StreamSubscriptionHandle<T>>(this);
    }
}
