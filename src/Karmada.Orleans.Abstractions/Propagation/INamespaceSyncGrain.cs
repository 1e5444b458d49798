namespace Karmada.Orleans.Abstractions.Propagation;

/// <summary>
/// Karmada's namespace sync controller for one namespace (key: its name): keeps a Work with the
/// Namespace in every cluster's execution space, except for system and opted-out namespaces.
/// </summary>
public interface INamespaceSyncGrain : IGrainWithStringKey
{
    Task ReconcileAsync();
}
