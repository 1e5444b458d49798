namespace Karmada.Orleans.Scheduling;

/// <summary>
/// Divided + Weighted by static weights: each candidate weighs the largest weight among the
/// staticWeightList rules whose targetCluster it matches; candidates weighing 0 get nothing unless
/// all do, in which case all weigh 1 (as without a weightPreference). The previous result is ignored.
/// </summary>
public static class StaticWeightAssignment
{
    public static List<TargetCluster> Assign(IReadOnlyList<ClusterDetail> candidates, ResourceBindingSpec spec)
    {
        var rules = spec.Placement?.ReplicaScheduling?.WeightPreference?.StaticWeightList;
        var weights = new List<(string Name, long Weight)>(candidates.Count);
        if (rules is not null)
        {
            foreach (var candidate in candidates)
            {
                long weight = 0;
                foreach (var rule in rules)
                {
                    if (rule.Weight > weight && ClusterAffinityMatcher.Matches(candidate.Cluster, rule.TargetCluster))
                    {
                        weight = rule.Weight;
                    }
                }

                if (weight > 0)
                {
                    weights.Add((candidate.Name, weight));
                }
            }
        }

        if (weights.Count == 0)
        {
            weights.AddRange(candidates.Select(c => (c.Name, 1L)));
        }

        return Dispenser.TakeByWeight(spec.Replicas, weights, initial: null, spec.Resource.Uid);
    }
}
