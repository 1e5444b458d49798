using System.Text.Json.Serialization;

namespace Karmada.Orleans.Policies;

/// <summary>
/// A resource a template depends on (config.karmada.io DependentObjectReference), propagated with it
/// when the policy sets propagateDeps. Serialises as Karmada records it in the binding's
/// resourcebinding.karmada.io/dependencies annotation.
/// </summary>
public sealed record DependentObjectReference(
    [property: JsonPropertyName("apiVersion")] string ApiVersion,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("namespace")] string? Namespace,
    [property: JsonPropertyName("name")] string Name);
