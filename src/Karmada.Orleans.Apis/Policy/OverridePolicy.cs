using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>OverridePolicy (policy.karmada.io/v1alpha1, namespaced, short name op).</summary>
public sealed record OverridePolicy : KubernetesObject
{
    public const string GroupVersion = "policy.karmada.io/v1alpha1";
    public const string KindName = "OverridePolicy";

    public OverridePolicy()
    {
        ApiVersion = GroupVersion;
        Kind = KindName;
    }

    [JsonPropertyName("spec")]
    public OverrideSpec Spec { get; init; } = new();
}
