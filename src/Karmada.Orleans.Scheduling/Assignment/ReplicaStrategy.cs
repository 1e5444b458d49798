namespace Karmada.Orleans.Scheduling;

/// <summary>Karmada's four replica assignment strategies.</summary>
public enum ReplicaStrategy
{
    /// <summary>Every cluster runs all replicas (also a placement without replicaScheduling).</summary>
    Duplicated,

    /// <summary>Divided + Aggregated: as few clusters as capacity allows.</summary>
    Aggregated,

    /// <summary>Divided + Weighted by staticWeightList (or equal weights).</summary>
    StaticWeight,

    /// <summary>Divided + Weighted by dynamicWeight AvailableReplicas.</summary>
    DynamicWeight,
}
