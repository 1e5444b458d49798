using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Remote;

/// <summary>The outcome of a remote grain call: a JSON result, or the exception the grain threw.</summary>
public sealed record GrainCallResponse(
    [property: JsonPropertyName("result")] JsonElement? Result,
    [property: JsonPropertyName("exception")] RemoteExceptionInfo? Exception);
