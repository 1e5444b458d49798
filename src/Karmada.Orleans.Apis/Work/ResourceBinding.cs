using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ResourceBinding (work.karmada.io/v1alpha2, namespaced, short name rb): a resource template bound to a placement; spec.clusters is the scheduling result.</summary>
public sealed record ResourceBinding : KubernetesObject
{
    public const string GroupVersion = "work.karmada.io/v1alpha2";
    public const string KindName = "ResourceBinding";

    public ResourceBinding()
    {
        ApiVersion = GroupVersion;
        Kind = KindName;
    }

    [JsonPropertyName("spec")]
    public ResourceBindingSpec Spec { get; init; } = new();

    [JsonPropertyName("status")]
    public ResourceBindingStatus? Status { get; init; }
}
