using System.Collections.Concurrent;
using Karmada.Orleans.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Streams;

/// <summary>
/// Streams within the silo's memory: each stream has one queue drained in order to its explicit
/// subscribers and to the grains implicitly subscribed to its namespace. Producing completes once the
/// event is queued. Events are not persisted: durable facts live in the object store, streams only
/// announce them.
/// </summary>
public sealed class MemoryStreamProvider(string name, IServiceProvider services) : IStreamProvider
{
    private readonly ConcurrentDictionary<StreamId, StreamQueue> _queues = new();
    private GrainRuntime? _runtime;

    public string Name => name;

    internal GrainRuntime Runtime => _runtime ??= services.GetRequiredService<GrainRuntime>();

    internal ILogger Logger { get; } = services.GetRequiredService<ILoggerFactory>().CreateLogger<MemoryStreamProvider>();

    public IAsyncStream<T> GetStream<T>(StreamId streamId) => new MemoryStream<T>(this, streamId);

    internal StreamQueue GetQueue(StreamId streamId) => _queues.GetOrAdd(streamId, static (id, p) => new StreamQueue(p, id), this);

    /// <summary>Waits until every event queued so far has been delivered (tests, shutdown).</summary>
    public Task DrainAsync() => Task.WhenAll(_queues.Values.Select(q => q.DrainAsync()));
}
