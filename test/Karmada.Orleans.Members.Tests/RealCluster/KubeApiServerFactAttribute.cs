namespace Karmada.Orleans.Members.Tests.RealCluster;

/// <summary>A fact that runs against the real kube-apiserver, and is reported as skipped (with the reason) when it is not built.</summary>
public sealed class KubeApiServerFactAttribute : FactAttribute
{
    public KubeApiServerFactAttribute()
    {
        if (KubeApiServerScript.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
