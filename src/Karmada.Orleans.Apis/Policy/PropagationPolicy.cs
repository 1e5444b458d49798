using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>PropagationPolicy (policy.karmada.io/v1alpha1, namespaced, short name pp).</summary>
public sealed record PropagationPolicy : KubernetesObject
{
    public const string GroupVersion = "policy.karmada.io/v1alpha1";
    public const string KindName = "PropagationPolicy";

    public PropagationPolicy()
    {
        ApiVersion = GroupVersion;
        Kind = KindName;
    }

    [JsonPropertyName("spec")]
    public PropagationSpec Spec { get; init; } = new();
}
