using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>metav1.ObjectMeta.</summary>
public sealed record ObjectMeta
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("generateName")]
    public string? GenerateName { get; init; }

    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    [JsonPropertyName("resourceVersion")]
    public string? ResourceVersion { get; init; }

    [JsonPropertyName("generation")]
    public long? Generation { get; init; }

    [JsonPropertyName("creationTimestamp")]
    public DateTimeOffset? CreationTimestamp { get; init; }

    [JsonPropertyName("deletionTimestamp")]
    public DateTimeOffset? DeletionTimestamp { get; init; }

    [JsonPropertyName("deletionGracePeriodSeconds")]
    public long? DeletionGracePeriodSeconds { get; init; }

    [JsonPropertyName("labels")]
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    [JsonPropertyName("annotations")]
    public IReadOnlyDictionary<string, string>? Annotations { get; init; }

    [JsonPropertyName("ownerReferences")]
    public IReadOnlyList<OwnerReference>? OwnerReferences { get; init; }

    [JsonPropertyName("finalizers")]
    public IReadOnlyList<string>? Finalizers { get; init; }

    /// <summary>Server-side apply bookkeeping, carried opaquely.</summary>
    [JsonPropertyName("managedFields")]
    public JsonElement? ManagedFields { get; init; }
}
