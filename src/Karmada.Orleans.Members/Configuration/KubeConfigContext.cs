namespace Karmada.Orleans.Members.Configuration;

/// <summary>A kubeconfig <c>contexts[]</c> entry: which cluster, as which user, in which namespace.</summary>
public sealed record KubeConfigContext
{
    public required string Name { get; init; }
    public string? Cluster { get; init; }
    public string? User { get; init; }
    public string? Namespace { get; init; }
}
