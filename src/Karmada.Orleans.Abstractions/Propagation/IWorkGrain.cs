namespace Karmada.Orleans.Abstractions.Propagation;

/// <summary>
/// One Work (key: "karmada-es-CLUSTER/NAME"): applies its manifests to the member cluster and
/// reflects their status and health back into the Work.
/// </summary>
public interface IWorkGrain : IGrainWithStringKey
{
    Task ReconcileAsync();

    /// <summary>The member's copy of a manifest changed (status) or disappeared (null: re-apply).</summary>
    Task ReflectAsync(string manifestJson);
}
