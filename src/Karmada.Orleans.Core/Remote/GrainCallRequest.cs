using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Remote;

/// <summary>One grain call sent to a silo gateway: which grain, which method, and the JSON arguments.</summary>
public sealed record GrainCallRequest(
    [property: JsonPropertyName("interface")] string Interface,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("arguments")] IReadOnlyList<JsonElement> Arguments);
