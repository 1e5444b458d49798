using System.Threading.Channels;
using Karmada.Orleans.Runtime;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Streams;

/// <summary>The ordered queue of one stream and its single delivery loop.</summary>
internal sealed partial class StreamQueue
{
    private readonly MemoryStreamProvider _provider;
    private readonly Channel<Envelope> _channel = Channel.CreateUnbounded<Envelope>(new UnboundedChannelOptions { SingleReader = true });
    private readonly object _lock = new();
    private IExplicitSubscription[] _subscriptions = [];
    private long _sequence;
    private long _delivered;
    private TaskCompletionSource? _drained;

    public StreamQueue(MemoryStreamProvider provider, StreamId streamId)
    {
        _provider = provider;
        StreamId = streamId;
        _ = Task.Run(PumpAsync);
    }

    public StreamId StreamId { get; }

    public void Enqueue(object? item)
    {
        long sequence;
        lock (_lock)
        {
            sequence = ++_sequence;
            _channel.Writer.TryWrite(new Envelope(item, new StreamSequenceToken(sequence)));
        }
    }

    public ExplicitSubscription<T> Subscribe<T>(IAsyncObserver<T> observer)
    {
        var subscription = new ExplicitSubscription<T>(this, observer, GrainActivation.Current);
        lock (_lock)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }

        subscription.Activation?.OnDeactivated(() => subscription.UnsubscribeAsync());
        return subscription;
    }

    public void Remove(IExplicitSubscription subscription)
    {
        lock (_lock)
        {
            _subscriptions = _subscriptions.Where(s => s != subscription).ToArray();
        }
    }

    public IList<StreamSubscriptionHandle<T>> HandlesOf<T>() => Volatile.Read(ref _subscriptions).OfType<StreamSubscriptionHandle<T>>().ToList();

    public Task DrainAsync()
    {
        lock (_lock)
        {
            if (_delivered == _sequence)
            {
                return Task.CompletedTask;
            }

            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task;
        }
    }

    private async Task PumpAsync()
    {
        await foreach (var envelope in _channel.Reader.ReadAllAsync())
        {
            foreach (var subscription in Volatile.Read(ref _subscriptions))
            {
                await DeliverAsync(subscription, envelope);
            }

            foreach (var subscriber in _provider.Runtime.Registry.GetImplicitSubscribers(StreamId.Namespace))
            {
                await DeliverImplicitAsync(subscriber, envelope);
            }

            lock (_lock)
            {
                _delivered = envelope.Token.SequenceNumber;
                if (_delivered == _sequence && _drained is { } drained)
                {
                    _drained = null;
                    drained.TrySetResult();
                }
            }
        }
    }

    private async Task DeliverAsync(IExplicitSubscription subscription, Envelope envelope)
    {
        try
        {
            await subscription.DeliverAsync(envelope.Item, envelope.Token);
        }
        catch (Exception ex)
        {
            LogDeliveryFailed(_provider.Logger, StreamId, ex);
        }
    }

    private async Task DeliverImplicitAsync(GrainClassInfo subscriber, Envelope envelope)
    {
        var work = new CallbackWorkItem(
            static (activation, state) => ImplicitDelivery.DeliverAsync(activation, (ImplicitDeliveryState)state!),
            new ImplicitDeliveryState(_provider.Name, StreamId, envelope.Item, envelope.Token));
        _provider.Runtime.Catalog.Send(new GrainId(subscriber.TypeName, StreamId.Key), work);
        try
        {
            await work.Completion;
        }
        catch (Exception ex)
        {
            LogDeliveryFailed(_provider.Logger, StreamId, ex);
        }
    }

    private readonly record struct Envelope(object? Item, StreamSequenceToken Token);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering an event of stream {StreamId} failed")]
    private static partial void LogDeliveryFailed(ILogger logger, StreamId streamId, Exception exception);
}
