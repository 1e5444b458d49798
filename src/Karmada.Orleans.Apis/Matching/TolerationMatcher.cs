namespace Karmada.Orleans.Apis;

/// <summary>corev1 toleration semantics for cluster taints.</summary>
public static class TolerationMatcher
{
    /// <summary>
    /// A toleration tolerates a taint when its effect is empty or equal, its key is empty or equal,
    /// and with operator Equal (or empty) the values are equal; Exists tolerates any value.
    /// </summary>
    public static bool Tolerates(Toleration toleration, Taint taint)
    {
        if (!string.IsNullOrEmpty(toleration.Effect) && toleration.Effect != taint.Effect)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(toleration.Key) && toleration.Key != taint.Key)
        {
            return false;
        }

        return toleration.Operator switch
        {
            null or "" or TolerationOperator.Equal => (toleration.Value ?? "") == (taint.Value ?? ""),
            TolerationOperator.Exists => true,
            _ => false,
        };
    }

    /// <summary>The first taint accepted by <paramref name="filter"/> that no toleration tolerates, or null.</summary>
    public static Taint? FindUntoleratedTaint(IReadOnlyList<Taint>? taints, IReadOnlyList<Toleration>? tolerations, Func<Taint, bool> filter)
    {
        if (taints is null)
        {
            return null;
        }

        foreach (var taint in taints)
        {
            if (!filter(taint))
            {
                continue;
            }

            var tolerated = false;
            if (tolerations is not null)
            {
                foreach (var toleration in tolerations)
                {
                    if (Tolerates(toleration, taint))
                    {
                        tolerated = true;
                        break;
                    }
                }
            }

            if (!tolerated)
            {
                return taint;
            }
        }

        return null;
    }

    /// <summary>Kubernetes' Taint.ToString(): "key=value:Effect", or "key:Effect" without a value.</summary>
    public static string Format(Taint taint)
        => string.IsNullOrEmpty(taint.Value) ? $"{taint.Key}:{taint.Effect}" : $"{taint.Key}={taint.Value}:{taint.Effect}";
}
