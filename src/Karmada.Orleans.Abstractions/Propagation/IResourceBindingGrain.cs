namespace Karmada.Orleans.Abstractions.Propagation;

/// <summary>
/// One (Cluster)ResourceBinding (key: its storage key): schedules it, renders one Work per target
/// cluster with overrides, and aggregates the Works' status back to the binding and the template.
/// </summary>
public interface IResourceBindingGrain : IGrainWithStringKey
{
    Task ReconcileAsync();

    /// <summary>
    /// The binding object changed (the store's change feed, at <paramref name="revision"/>): reconciles,
    /// unless that revision is this grain's own write, already acted on.
    /// </summary>
    Task BindingChangedAsync(long revision);

    /// <summary>Schedules again even if nothing in the binding changed (e.g. clusters now have a missing API).</summary>
    Task RescheduleAsync();

    /// <summary>A Work of this binding changed its status.</summary>
    Task AggregateStatusAsync();
}
