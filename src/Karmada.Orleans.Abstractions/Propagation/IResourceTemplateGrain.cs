namespace Karmada.Orleans.Abstractions.Propagation;

/// <summary>
/// Karmada's resource detector for one resource template (key: its storage key, e.g.
/// "deployments.apps/default/nginx"): matches it to the winning policy, claims it and keeps its
/// ResourceBinding in step.
/// </summary>
public interface IResourceTemplateGrain : IGrainWithStringKey
{
    Task ReconcileAsync();
}
