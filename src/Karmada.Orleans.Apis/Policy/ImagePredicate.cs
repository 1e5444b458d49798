using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ImagePredicate: the JSON path of the image field to override.</summary>
public sealed record ImagePredicate
{
    [JsonPropertyName("path")]
    public string Path { get; init; } = "";
}
