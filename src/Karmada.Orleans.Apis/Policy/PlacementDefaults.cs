namespace Karmada.Orleans.Apis;

/// <summary>
/// The defaults the API server and Karmada's webhook give a placement: replicaSchedulingType
/// Divided (CRD default), replicaDivisionPreference Weighted for Divided, and spread constraints with
/// neither field nor label spread by cluster, with minGroups 1 when unset.
/// </summary>
public static class PlacementDefaults
{
    public static Placement Apply(Placement placement)
    {
        var result = placement;
        if (placement.ReplicaScheduling is { } strategy)
        {
            var type = string.IsNullOrEmpty(strategy.ReplicaSchedulingType) ? ReplicaSchedulingType.Divided : strategy.ReplicaSchedulingType;
            var preference = type == ReplicaSchedulingType.Divided && string.IsNullOrEmpty(strategy.ReplicaDivisionPreference)
                ? ReplicaDivisionPreference.Weighted
                : strategy.ReplicaDivisionPreference;
            if (type != strategy.ReplicaSchedulingType || preference != strategy.ReplicaDivisionPreference)
            {
                result = result with { ReplicaScheduling = strategy with { ReplicaSchedulingType = type, ReplicaDivisionPreference = preference } };
            }
        }

        if (placement.SpreadConstraints is { Count: > 0 } constraints
            && constraints.Any(c => (string.IsNullOrEmpty(c.SpreadByField) && string.IsNullOrEmpty(c.SpreadByLabel)) || c.MinGroups == 0))
        {
            result = result with
            {
                SpreadConstraints = constraints.Select(c => c with
                {
                    SpreadByField = string.IsNullOrEmpty(c.SpreadByField) && string.IsNullOrEmpty(c.SpreadByLabel) ? SpreadByField.Cluster : c.SpreadByField,
                    MinGroups = c.MinGroups == 0 ? 1 : c.MinGroups,
                }).ToList(),
            };
        }

        return result;
    }

    /// <summary>The effective scheduling type: a placement without replicaScheduling is Duplicated.</summary>
    public static string ReplicaSchedulingTypeOf(Placement? placement)
        => placement?.ReplicaScheduling is { } strategy
            ? string.IsNullOrEmpty(strategy.ReplicaSchedulingType) ? ReplicaSchedulingType.Divided : strategy.ReplicaSchedulingType
            : ReplicaSchedulingType.Duplicated;
}
