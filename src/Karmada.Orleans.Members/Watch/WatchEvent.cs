using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Rest;

namespace Karmada.Orleans.Members.Watch;

/// <summary>One line of a watch stream: <c>{"type":"ADDED","object":{...}}</c>.</summary>
public sealed record WatchEvent(WatchEventType Type, JsonObject Object)
{
    public string? ResourceVersion => Object.GetResourceVersion();

    /// <summary>The metav1.Status of an <see cref="WatchEventType.Error"/> event, else null.</summary>
    public Status? GetStatus()
    {
        if (Type != WatchEventType.Error)
        {
            return null;
        }

        try
        {
            return Object.Deserialize(MembersJsonContext.Default.Status) ?? new Status { Message = Object.ToJsonString() };
        }
        catch (JsonException)
        {
            return new Status { Result = "Failure", Reason = StatusReasons.Unknown, Message = Object.ToJsonString() };
        }
    }
}
