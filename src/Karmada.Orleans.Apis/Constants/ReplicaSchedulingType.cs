namespace Karmada.Orleans.Apis;

/// <summary>placement.replicaScheduling.replicaSchedulingType values.</summary>
public static class ReplicaSchedulingType
{
    public const string Duplicated = "Duplicated";
    public const string Divided = "Divided";
}
