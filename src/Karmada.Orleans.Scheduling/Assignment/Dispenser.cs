namespace Karmada.Orleans.Scheduling;

/// <summary>
/// Divides a number of replicas by weight with the Webster method and merges the result onto a
/// prescribed initial result (adding replicas of the same cluster).
/// </summary>
public static class Dispenser
{
    public static List<TargetCluster> TakeByWeight(
        int replicas,
        IReadOnlyList<(string Name, long Weight)> weights,
        IReadOnlyList<TargetCluster>? initial,
        string? resourceUid)
    {
        var result = initial?.ToList() ?? [];
        if (weights.Sum(w => w.Weight) == 0)
        {
            return result;
        }

        var seats = WebsterMethod.Allocate(
            replicas,
            weights.Select(w => new KeyValuePair<string, long>(w.Name, w.Weight)),
            namesDescending: WebsterTieBreak.NamesDescending(resourceUid));
        return Merge(result, seats.Select(p => new TargetCluster { Name = p.Name, Replicas = p.Seats }));
    }

    /// <summary>Adds <paramref name="added"/> onto <paramref name="existing"/> by cluster name, keeping first-seen order.</summary>
    public static List<TargetCluster> Merge(IReadOnlyList<TargetCluster> existing, IEnumerable<TargetCluster> added)
    {
        var result = existing.ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            index[result[i].Name] = i;
        }

        foreach (var cluster in added)
        {
            if (index.TryGetValue(cluster.Name, out var i))
            {
                result[i] = result[i] with { Replicas = result[i].Replicas + cluster.Replicas };
            }
            else
            {
                index[cluster.Name] = result.Count;
                result.Add(cluster);
            }
        }

        return result;
    }
}
