namespace Karmada.Orleans.Apis.Tests;

public sealed class PlacementDefaultsTests
{
    [Fact]
    public void Divided_defaults_to_weighted_and_type_defaults_to_divided()
    {
        var placement = PlacementDefaults.Apply(new Placement { ReplicaScheduling = new ReplicaSchedulingStrategy() });

        Assert.Equal(ReplicaSchedulingType.Divided, placement.ReplicaScheduling!.ReplicaSchedulingType);
        Assert.Equal(ReplicaDivisionPreference.Weighted, placement.ReplicaScheduling.ReplicaDivisionPreference);
    }

    [Fact]
    public void Duplicated_keeps_no_preference_and_missing_strategy_means_duplicated()
    {
        var placement = PlacementDefaults.Apply(new Placement { ReplicaScheduling = new ReplicaSchedulingStrategy { ReplicaSchedulingType = "Duplicated" } });

        Assert.Null(placement.ReplicaScheduling!.ReplicaDivisionPreference);
        Assert.Equal(ReplicaSchedulingType.Duplicated, PlacementDefaults.ReplicaSchedulingTypeOf(new Placement()));
        Assert.Equal(ReplicaSchedulingType.Duplicated, PlacementDefaults.ReplicaSchedulingTypeOf(null));
    }

    [Fact]
    public void Spread_constraints_default_to_cluster_and_min_one()
    {
        var placement = PlacementDefaults.Apply(new Placement
        {
            SpreadConstraints = [new SpreadConstraint { MaxGroups = 2 }, new SpreadConstraint { SpreadByLabel = "team", MinGroups = 2 }],
        });

        Assert.Equal(SpreadByField.Cluster, placement.SpreadConstraints![0].SpreadByField);
        Assert.Equal(1, placement.SpreadConstraints[0].MinGroups);
        Assert.Null(placement.SpreadConstraints[1].SpreadByField);
        Assert.Equal(2, placement.SpreadConstraints[1].MinGroups);
    }
}
