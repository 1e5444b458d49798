namespace Karmada.Orleans.Scheduling;

/// <summary>A feasible cluster with its score, overflow tier and capacity for this binding.</summary>
public sealed record ClusterDetail
{
    public required Cluster Cluster { get; init; }

    public required string Name { get; init; }

    /// <summary>Sum of the score plugins.</summary>
    public long Score { get; init; }

    /// <summary>0 for the affinity term itself, i+1 for its i-th overflow affinity.</summary>
    public int Tier { get; init; }

    /// <summary>What the estimators say the cluster can still take.</summary>
    public long Allocatable { get; init; }

    /// <summary><see cref="Allocatable"/> plus the replicas the binding already has there.</summary>
    public long AvailableReplicas { get; init; }

    /// <summary>Karmada's candidate order: tier, then score desc, available replicas desc, name.</summary>
    public static int CompareForSelection(ClusterDetail a, ClusterDetail b)
    {
        var c = a.Tier.CompareTo(b.Tier);
        if (c != 0)
        {
            return c;
        }

        c = b.Score.CompareTo(a.Score);
        if (c != 0)
        {
            return c;
        }

        c = b.AvailableReplicas.CompareTo(a.AvailableReplicas);
        return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
    }
}
