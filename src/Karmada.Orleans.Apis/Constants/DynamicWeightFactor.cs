namespace Karmada.Orleans.Apis;

/// <summary>placement.replicaScheduling.weightPreference.dynamicWeight values.</summary>
public static class DynamicWeightFactor
{
    public const string AvailableReplicas = "AvailableReplicas";
}
