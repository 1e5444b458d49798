using Xunit;

namespace Karmada.Orleans.TestSupport;

/// <summary>A fact that needs the real kube-apiserver; reported as skipped, with the reason, when it is not built.</summary>
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
