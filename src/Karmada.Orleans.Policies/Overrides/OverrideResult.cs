namespace Karmada.Orleans.Policies;

/// <summary>
/// The object as it would be applied to one cluster and the rules that shaped it, or the
/// <see cref="Error"/> that stopped it (then <see cref="Object"/> is null and nothing is recorded).
/// </summary>
public sealed record OverrideResult
{
    public JsonObject? Object { get; init; }

    /// <summary>Rules from ClusterOverridePolicies, for <c>policy.karmada.io/applied-cluster-overrides</c>.</summary>
    public AppliedOverrides AppliedClusterOverrides { get; init; } = AppliedOverrides.Empty;

    /// <summary>Rules from OverridePolicies, for <c>policy.karmada.io/applied-overrides</c>.</summary>
    public AppliedOverrides AppliedOverrides { get; init; } = AppliedOverrides.Empty;

    public OverrideError? Error { get; init; }

    public bool Succeeded => Error is null;

    /// <summary>
    /// The annotations the binding controller puts on the Work for this cluster: each of
    /// applied-overrides and applied-cluster-overrides when its list is not empty.
    /// </summary>
    public IReadOnlyDictionary<string, string> WorkAnnotations()
    {
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (AppliedClusterOverrides.ToAnnotationValue() is { } cluster)
        {
            annotations[KarmadaAnnotations.AppliedClusterOverrides] = cluster;
        }

        if (AppliedOverrides.ToAnnotationValue() is { } namespaced)
        {
            annotations[KarmadaAnnotations.AppliedOverrides] = namespaced;
        }

        return annotations;
    }
}
