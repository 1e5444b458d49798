using System.Text.Json;

namespace Karmada.Orleans.Policies;

/// <summary>
/// The rules applied from one kind of policy (ClusterOverridePolicy or OverridePolicy), in the order
/// they were applied; one item per matching rule, so a policy appears once per rule.
/// </summary>
public sealed record AppliedOverrides(IReadOnlyList<OverridePolicyShadow> Items)
{
    public static AppliedOverrides Empty { get; } = new([]);

    public bool IsEmpty => Items.Count == 0;

    /// <summary>
    /// The annotation value Karmada writes on the Work: a compact JSON array of
    /// <c>{"policyName": …, "overriders": {…}}</c> sorted by policy name (stable, so one policy's
    /// rules keep their order); null when nothing applied, in which case the annotation is omitted.
    /// </summary>
    public string? ToAnnotationValue()
        => IsEmpty ? null : JsonSerializer.Serialize(Items.OrderBy(i => i.PolicyName, StringComparer.Ordinal).ToList(), KarmadaJson.Options);

    /// <summary>Reads an annotation value written by <see cref="ToAnnotationValue"/> (or by Karmada).</summary>
    public static AppliedOverrides Parse(string annotationValue)
        => new(KarmadaJson.Deserialize<List<OverridePolicyShadow>>(annotationValue));
}
