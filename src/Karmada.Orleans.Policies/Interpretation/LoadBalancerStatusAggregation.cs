namespace Karmada.Orleans.Policies;

/// <summary>
/// AggregateStatus of a LoadBalancer Service or an Ingress: the status.loadBalancer.ingress entries of
/// every member, in member order; an entry without a hostname gets the member cluster's name as its
/// hostname, so users can tell which cluster an address belongs to.
/// </summary>
internal static class LoadBalancerStatusAggregation
{
    public static JsonObject Aggregate(IReadOnlyList<MemberStatus> members)
    {
        var ingress = new JsonArray();
        foreach (var member in members.Where(m => m.Status is not null))
        {
            foreach (var entry in JsonRead.Objects(member.Status, "loadBalancer", "ingress"))
            {
                var copy = (JsonObject)entry.DeepClone();
                if (string.IsNullOrEmpty(JsonRead.String(copy, "hostname")))
                {
                    copy["hostname"] = member.ClusterName;
                }

                ingress.Add(copy);
            }
        }

        var loadBalancer = new JsonObject();
        if (ingress.Count > 0)
        {
            loadBalancer["ingress"] = ingress;
        }

        return new JsonObject { ["loadBalancer"] = loadBalancer };
    }
}
