using System.Text.Json.Serialization;

namespace Karmada.Orleans.Members.Errors;

/// <summary>metav1.Status: what the API server answers when a request fails.</summary>
public sealed record Status
{
    public string Kind { get; init; } = "Status";
    public string ApiVersion { get; init; } = "v1";

    /// <summary><c>Success</c> or <c>Failure</c> (the <c>status</c> field).</summary>
    [JsonPropertyName("status")]
    public string? Result { get; init; }

    public string? Message { get; init; }
    public string? Reason { get; init; }
    public StatusDetails? Details { get; init; }
    public int Code { get; init; }
}
