using System.Text.Json.Serialization;

namespace Karmada.Orleans.Policies;

/// <summary>
/// The condensed form of one applied rule, as recorded on the Work: the policy's name (without
/// namespace) and the overriders of the rule that matched the cluster.
/// </summary>
public sealed record OverridePolicyShadow(
    [property: JsonPropertyName("policyName")] string PolicyName,
    [property: JsonPropertyName("overriders")] Overriders Overriders);
