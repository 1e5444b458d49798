namespace Karmada.Orleans.Apis;

/// <summary>placement.replicaScheduling.replicaDivisionPreference values.</summary>
public static class ReplicaDivisionPreference
{
    public const string Aggregated = "Aggregated";
    public const string Weighted = "Weighted";
}
