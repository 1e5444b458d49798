namespace Karmada.Orleans.Scheduling;

/// <summary>Resolves a (defaulted) placement to its <see cref="ReplicaStrategy"/>.</summary>
public static class ReplicaStrategies
{
    public static ReplicaStrategy? Resolve(Placement? placement)
    {
        if (PlacementDefaults.ReplicaSchedulingTypeOf(placement) == ReplicaSchedulingType.Duplicated)
        {
            return ReplicaStrategy.Duplicated;
        }

        var strategy = placement!.ReplicaScheduling!;
        return strategy.ReplicaDivisionPreference switch
        {
            ReplicaDivisionPreference.Aggregated => ReplicaStrategy.Aggregated,
            ReplicaDivisionPreference.Weighted when !string.IsNullOrEmpty(strategy.WeightPreference?.DynamicWeight) => ReplicaStrategy.DynamicWeight,
            ReplicaDivisionPreference.Weighted => ReplicaStrategy.StaticWeight,
            _ => null,
        };
    }
}
