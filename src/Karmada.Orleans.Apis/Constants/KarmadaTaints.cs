namespace Karmada.Orleans.Apis;

/// <summary>Well-known cluster taint keys.</summary>
public static class KarmadaTaints
{
    /// <summary>Added with NoSchedule by the cluster controller while Ready is False.</summary>
    public const string NotReady = "cluster.karmada.io/not-ready";

    /// <summary>Added with NoSchedule by the cluster controller while Ready is Unknown.</summary>
    public const string Unreachable = "cluster.karmada.io/unreachable";

    /// <summary>Added with NoSchedule by <c>karmadactl cordon</c>.</summary>
    public const string Unschedulable = "cluster.karmada.io/unschedulable";
}
