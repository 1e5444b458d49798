namespace Karmada.Orleans.Apis;

/// <summary>Condition types of Cluster status.</summary>
public static class ClusterConditions
{
    public const string Ready = "Ready";
    public const string CompleteAPIEnablements = "CompleteAPIEnablements";
}
