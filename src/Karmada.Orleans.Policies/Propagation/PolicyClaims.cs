namespace Karmada.Orleans.Policies;

/// <summary>
/// How a resource template records the policy that claimed it: a PropagationPolicy claim is the
/// propagationpolicy.karmada.io/permanent-id label and the .../namespace and .../name annotations;
/// a ClusterPropagationPolicy claim the clusterpropagationpolicy.karmada.io/permanent-id label and
/// the .../name annotation. Objects claimed by older Karmada versions carry the names as labels.
/// </summary>
public static class PolicyClaims
{
    private static readonly string[] PropagationPolicyLabels =
        [KarmadaLabels.PropagationPolicyPermanentId, KarmadaLabels.PropagationPolicyNamespace, KarmadaLabels.PropagationPolicyName];

    private static readonly string[] PropagationPolicyAnnotations =
        [KarmadaAnnotations.PropagationPolicyNamespace, KarmadaAnnotations.PropagationPolicyName];

    private static readonly string[] ClusterPropagationPolicyLabels =
        [KarmadaLabels.ClusterPropagationPolicyPermanentId, KarmadaLabels.ClusterPropagationPolicyName];

    private static readonly string[] ClusterPropagationPolicyAnnotations = [KarmadaAnnotations.ClusterPropagationPolicyName];

    /// <summary>The policy that claims <paramref name="template"/>, or null. A PropagationPolicy claim wins over a stale ClusterPropagationPolicy one.</summary>
    public static PolicyReference? Read(JsonObject template)
    {
        var annotations = JsonRead.StringMap(template, "metadata", "annotations");
        var labels = JsonRead.StringMap(template, "metadata", "labels");
        var ns = Value(annotations, labels, KarmadaAnnotations.PropagationPolicyNamespace, KarmadaLabels.PropagationPolicyNamespace);
        var name = Value(annotations, labels, KarmadaAnnotations.PropagationPolicyName, KarmadaLabels.PropagationPolicyName);
        if (!string.IsNullOrEmpty(ns) && !string.IsNullOrEmpty(name))
        {
            return new PolicyReference(PropagationPolicy.KindName, ns, name);
        }

        var clusterName = Value(annotations, labels, KarmadaAnnotations.ClusterPropagationPolicyName, KarmadaLabels.ClusterPropagationPolicyName);
        return string.IsNullOrEmpty(clusterName) ? null : new PolicyReference(ClusterPropagationPolicy.KindName, null, clusterName);
    }

    /// <summary>
    /// <paramref name="template"/> claimed by the match's policy (a new object). Any other claim is
    /// cleared first, as a PropagationPolicy preempting a ClusterPropagationPolicy requires.
    /// </summary>
    public static JsonObject Claim(JsonObject template, PolicyMatch match)
    {
        var claimed = Release(template);
        var labels = JsonWrite.Ensure(claimed, "metadata", "labels");
        var annotations = JsonWrite.Ensure(claimed, "metadata", "annotations");
        if (match.Policy.IsClusterPolicy)
        {
            labels[KarmadaLabels.ClusterPropagationPolicyPermanentId] = match.PermanentId ?? "";
            annotations[KarmadaAnnotations.ClusterPropagationPolicyName] = match.Policy.Name;
        }
        else
        {
            labels[KarmadaLabels.PropagationPolicyPermanentId] = match.PermanentId ?? "";
            annotations[KarmadaAnnotations.PropagationPolicyNamespace] = match.Policy.Namespace ?? "";
            annotations[KarmadaAnnotations.PropagationPolicyName] = match.Policy.Name;
        }

        return claimed;
    }

    /// <summary><paramref name="template"/> without any claim (a new object): its policy was deleted or no longer selects it.</summary>
    public static JsonObject Release(JsonObject template)
    {
        var released = (JsonObject)template.DeepClone();
        if (JsonRead.Object(released, "metadata") is not { } metadata)
        {
            return released;
        }

        Remove(metadata, "labels", [.. PropagationPolicyLabels, .. ClusterPropagationPolicyLabels]);
        Remove(metadata, "annotations", [.. PropagationPolicyAnnotations, .. ClusterPropagationPolicyAnnotations]);
        return released;
    }

    private static string? Value(Dictionary<string, string> annotations, Dictionary<string, string> labels, string annotation, string label)
        => annotations.GetValueOrDefault(annotation) is { Length: > 0 } value ? value : labels.GetValueOrDefault(label);

    private static void Remove(JsonObject metadata, string field, string[] keys)
    {
        if (metadata[field] is not JsonObject map)
        {
            return;
        }

        foreach (var key in keys)
        {
            map.Remove(key);
        }

        if (map.Count == 0)
        {
            metadata.Remove(field);
        }
    }
}
