using System.Text.Json.Nodes;

namespace Karmada.Orleans.Members.Dynamic;

/// <summary>metav1.DeleteOptions, sent as the DELETE body.</summary>
public sealed record DeleteOptions
{
    public PropagationPolicy? PropagationPolicy { get; init; }

    public long? GracePeriodSeconds { get; init; }

    public Preconditions? Preconditions { get; init; }

    public bool DryRun { get; init; }

    public JsonObject ToJson()
    {
        var body = new JsonObject { ["kind"] = "DeleteOptions", ["apiVersion"] = "v1" };
        if (PropagationPolicy is { } policy)
        {
            body["propagationPolicy"] = policy.ToString();
        }

        if (GracePeriodSeconds is { } grace)
        {
            body["gracePeriodSeconds"] = grace;
        }

        if (Preconditions is { } preconditions)
        {
            var json = new JsonObject();
            if (preconditions.Uid is not null)
            {
                json["uid"] = preconditions.Uid;
            }

            if (preconditions.ResourceVersion is not null)
            {
                json["resourceVersion"] = preconditions.ResourceVersion;
            }

            body["preconditions"] = json;
        }

        if (DryRun)
        {
            body["dryRun"] = new JsonArray("All");
        }

        return body;
    }
}
