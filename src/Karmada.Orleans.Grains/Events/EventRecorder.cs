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

    private readonly ConcurrentDictionary<(string? Uid, string Reason, string Message), ResourceKey> _recent = new();
    private readonly Channel<(InvolvedObject Involved, string Type, string Reason, string Message, string Component, DateTimeOffset At)> _queue =
        Channel.CreateBounded<(InvolvedObject, string, string, string, string, DateTimeOffset)>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    private readonly IObjectStore _store;
    private readonly TimeProvider _time;

    public EventRecorder(IObjectStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
        _ = Task.Run(WriteLoopAsync);
    }

    /// <summary>
    /// Records an event without waiting for it to be stored: controllers never slow down for their
    /// events. One writer stores them in order, folding repeats into a count like kube's recorder.
    /// </summary>
    public Task RecordAsync(InvolvedObject involved, string type, string reason, string message, string component, CancellationToken cancellationToken = default)
    {
        _queue.Writer.TryWrite((involved, type, reason, message, component, _time.GetUtcNow()));
        return Task.CompletedTask;
    }

    private async Task WriteLoopAsync()
    {
        await foreach (var (involved, type, reason, message, component, at) in _queue.Reader.ReadAllAsync())
        {
            try
            {
                await WriteAsync(_store, involved, type, reason, message, component, at);
            }
            catch (Exception ex) when (ex is StoreException or ObjectDisposedException or InvalidOperationException)
            {
                // The store is gone (shutdown) or refused the event: events are best effort.
            }
        }
    }

    private async Task WriteAsync(IObjectStore store, InvolvedObject involved, string type, string reason, string message, string component, DateTimeOffset at)
    {
        var cancellationToken = CancellationToken.None;
        var now = ObjectMutations.FormatTimestamp(at);
        var ns = string.IsNullOrEmpty(involved.Namespace) ? "default" : involved.Namespace;
        if (_recent.TryGetValue((involved.Uid, reason, message), out var existing)
            && await store.UpdateAsync(existing, e =>
            {
                e["count"] = (e["count"]?.GetValue<long>() ?? 1) + 1;
                e["lastTimestamp"] = now;
                return true;
            }, cancellationToken) is not null)
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
        await store.CreateIfMissingAsync(key, new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Event",
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
            ["involvedObject"] = involvedObject,
            ["reason"] = reason,
            ["message"] = message,
            ["source"] = new JsonObject { ["component"] = component },
            ["firstTimestamp"] = now,
            ["lastTimestamp"] = now,
            ["count"] = 1,
            ["type"] = type,
            ["eventTime"] = null,
            ["reportingComponent"] = component,
            ["reportingInstance"] = "",
        }, cancellationToken);
        _recent[(involved.Uid, reason, message)] = key;
        if (_recent.Count > 50_000)
        {
            _recent.Clear();
        }
    }

    public static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);
}
