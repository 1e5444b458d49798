using Karmada.Orleans.Apis;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>The policy a template is propagated by.</summary>
public sealed record SelectedPolicy(bool IsClusterPolicy, string? Namespace, string Name, string Uid, PropagationSpec Spec)
{
    public string DisplayName => Namespace is null ? Name : $"{Namespace}/{Name}";
}
