using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>Work (work.karmada.io/v1alpha1, in namespace karmada-es-&lt;cluster&gt;): the manifests to apply to one member cluster.</summary>
public sealed record Work : KubernetesObject
{
    public const string GroupVersion = "work.karmada.io/v1alpha1";
    public const string KindName = "Work";

    public Work()
    {
        ApiVersion = GroupVersion;
        Kind = KindName;
    }

    [JsonPropertyName("spec")]
    public WorkSpec Spec { get; init; } = new();

    [JsonPropertyName("status")]
    public WorkStatus? Status { get; init; }
}
