namespace Karmada.Orleans.Abstractions.Propagation;

/// <summary>
/// A (Cluster)PropagationPolicy (key: its storage key): when it is created, changed or deleted,
/// re-evaluates the templates it selects or claims.
/// </summary>
public interface IPropagationPolicyGrain : IGrainWithStringKey
{
    Task ReconcileAsync();
}
