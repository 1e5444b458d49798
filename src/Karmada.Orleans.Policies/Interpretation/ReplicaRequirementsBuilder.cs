namespace Karmada.Orleans.Policies;

/// <summary>
/// The requirements of one replica of a pod template: what it requests, and where it may run
/// (nodeSelector, tolerations and the required node affinity), with its namespace and
/// priorityClassName for quota-aware estimation. Null when the template neither requests resources
/// nor constrains nodes, as Karmada leaves replicaRequirements unset then.
/// </summary>
internal static class ReplicaRequirementsBuilder
{
    public static ReplicaRequirements? FromPodSpec(JsonObject? podSpec, string @namespace)
    {
        var resourceRequest = PodResourceRequest.Of(podSpec);
        var nodeClaim = NodeClaimOf(podSpec);
        if (resourceRequest is null && nodeClaim is null)
        {
            return null;
        }

        return new ReplicaRequirements
        {
            NodeClaim = nodeClaim,
            ResourceRequest = resourceRequest,
            Namespace = string.IsNullOrEmpty(@namespace) ? null : @namespace,
            PriorityClassName = JsonRead.String(podSpec, "priorityClassName") is { Length: > 0 } priorityClass ? priorityClass : null,
        };
    }

    private static NodeClaim? NodeClaimOf(JsonObject? podSpec)
    {
        var nodeSelector = JsonRead.StringMap(podSpec, "nodeSelector");
        var tolerations = JsonRead.Objects(podSpec, "tolerations").Select(Read<Toleration>).ToList();
        var affinity = JsonRead.Object(podSpec, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution");
        var hardNodeAffinity = affinity is null ? null : Read<NodeSelector>(affinity);
        if (nodeSelector.Count == 0 && tolerations.Count == 0 && hardNodeAffinity is null)
        {
            return null;
        }

        return new NodeClaim
        {
            NodeSelector = nodeSelector.Count == 0 ? null : nodeSelector,
            Tolerations = tolerations.Count == 0 ? null : tolerations,
            HardNodeAffinity = hardNodeAffinity,
        };
    }

    private static T Read<T>(JsonObject node)
    {
        try
        {
            return KarmadaJson.Deserialize<T>(node);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InterpretationException($"invalid {typeof(T).Name}: {e.Message}");
        }
    }
}
