using System.Collections.Concurrent;
using System.Globalization;
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
public sealed class EventRecorder(IObjectStore store, TimeProvider time)
{
    public const string Normal = "Normal";
    public const string Warning = "Warning";

    private readonly ConcurrentDictionary<(string? Uid, string Reason, string Message), ResourceKey> _recent = new();

    public async Task RecordAsync(InvolvedObject involved, string type, string reason, string message, string component, CancellationToken cancellationToken = default)
    {
        var now = ObjectMutations.FormatTimestamp(time.GetUtcNow());
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

        var name = $"{involved.Name}.{time.GetUtcNow().UtcTicks:x}{Random.Shared.Next(0x1000):x3}";
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
