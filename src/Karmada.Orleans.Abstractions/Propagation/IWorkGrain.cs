namespace Karmada.Orleans.Abstractions.Propagation;

/// <summary>
/// One Work (key: "karmada-es-CLUSTER/NAME"): applies its manifests to the member cluster and
/// reflects their status and health back into the Work.
/// </summary>
public interface IWorkGrain : IGrainWithStringKey
{
    Task ReconcileAsync();

    /// <summary>
    /// The member's copy of a manifest changed (status). The grain keeps <paramref name="manifest"/> until its
    /// next status write and only reads it: the caller hands it over and must not change it afterwards.
    /// </summary>
    Task ReflectAsync(System.Text.Json.Nodes.JsonObject manifest);
}
