using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using System.Text.Json.Nodes;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Events;

/// <summary>What an event is about.</summary>
public sealed record InvolvedObject(string ApiVersion, string Kind, string? Namespace, string Name, string? Uid)
{
    public static InvolvedObject Of(JsonObject obj) => new(
        obj["apiVersion"]?.GetValue<string>() ?? "",
        obj["kind"]?.GetValue<string>() ?? "",
        obj["metadata"]?["namespace"]?.GetValue<string>(),
        obj["metadata"]?["name"]?.GetValue<string>() ?? "",
        obj["metadata"]?["uid"]?.GetValue<string>());
}

/// <summary>
/// Writes core/v1 Events the way client-go's recorder does: one Event per object, reason and
/// message; a repeat bumps count and lastTimestamp instead of adding an Event. `kubectl describe`
/// shows them.
/// </summary>
public sealed class EventRecorder
{
    public const string Normal = "Normal";
    public const string Warning = "Warning";

    /// <summary>Events waiting to be written; beyond this many, new ones are dropped (as client-go's broadcaster does).</summary>
    public const int QueueCapacity = 10_000;

    /// <summary>Most events written in one group commit.</summary>
    private const int MaxBatch = 256;

    private readonly ConcurrentDictionary<(string? Uid, string Reason, string Message), ResourceKey> _recent = new();
    private readonly Channel<PendingEvent> _queue =
        Channel.CreateBounded<PendingEvent>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    private readonly IObjectStore _store;
    private readonly TimeProvider _time;

    public EventRecorder(IObjectStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
        _ = Task.Run(WriteLoopAsync);
    }

    private sealed record PendingEvent(InvolvedObject Involved, string Type, string Reason, string Message, string Component, DateTimeOffset At);

    /// <summary>
    /// Records an event without waiting for it to be stored: controllers never slow down for their
    /// events. One writer stores what has queued up in one batch, folding repeats into a count like kube's recorder.
    /// </summary>
    public Task RecordAsync(InvolvedObject involved, string type, string reason, string message, string component, CancellationToken cancellationToken = default)
    {
        _queue.Writer.TryWrite(new PendingEvent(involved, type, reason, message, component, _time.GetUtcNow()));
        return Task.CompletedTask;
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<PendingEvent>(MaxBatch);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            // Everything queued goes to the store together (one group commit instead of one per event);
            // repeats within the batch are folded first, so each distinct event is written once.
            var writes = new List<Task>();
            foreach (var repeats in batch.GroupBy(e => (e.Involved.Uid, e.Reason, e.Message)))
            {
                writes.Add(WriteFoldedAsync(repeats.First(), repeats.Count(), repeats.Last().At));
            }

            await Task.WhenAll(writes);
        }
    }

    private async Task WriteFoldedAsync(PendingEvent first, int count, DateTimeOffset last)
    {
        try
        {
            await WriteAsync(first, count, last);
        }
        catch (Exception ex) when (ex is StoreException or ObjectDisposedException or InvalidOperationException)
        {
            // The store is gone (shutdown) or refused the event: events are best effort.
        }
    }

    private async Task WriteAsync(PendingEvent pending, int count, DateTimeOffset lastAt)
    {
        var (involved, type, reason, message, component, at) = pending;
        var first = ObjectMutations.FormatTimestamp(at);
        var last = ObjectMutations.FormatTimestamp(lastAt);
        var ns = string.IsNullOrEmpty(involved.Namespace) ? "default" : involved.Namespace;
        if (_recent.TryGetValue((involved.Uid, reason, message), out var existing)
            && await _store.UpdateAsync(existing, e =>
            {
                e["count"] = (e["count"]?.GetValue<long>() ?? 1) + count;
                e["lastTimestamp"] = last;
                return true;
            }) is not null)
        {
            return;
        }

        var name = $"{involved.Name}.{at.UtcTicks:x}{Random.Shared.Next(0x1000):x3}";
        var key = new ResourceKey("events", ns, name);
        var involvedObject = new JsonObject
        {
            ["kind"] = involved.Kind,
            ["namespace"] = involved.Namespace,
            ["name"] = involved.Name,
            ["uid"] = involved.Uid,
            ["apiVersion"] = involved.ApiVersion,
        };
        await _store.CreateIfMissingAsync(key, new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Event",
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
            ["involvedObject"] = involvedObject,
            ["reason"] = reason,
            ["message"] = message,
            ["source"] = new JsonObject { ["component"] = component },
            ["firstTimestamp"] = first,
            ["lastTimestamp"] = last,
            ["count"] = count,
            ["type"] = type,
            ["eventTime"] = null,
            ["reportingComponent"] = component,
            ["reportingInstance"] = "",
        });
        _recent[(involved.Uid, reason, message)] = key;
        if (_recent.Count > 50_000)
        {
            _recent.Clear();
        }
    }

    public static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);
}
