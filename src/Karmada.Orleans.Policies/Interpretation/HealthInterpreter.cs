namespace Karmada.Orleans.Policies;

/// <summary>
/// InterpretHealth, with Karmada's built-in rules. A workload is healthy once its controller has
/// observed the latest spec and rolled it out to available pods; a Service of type LoadBalancer and
/// an Ingress once they have an ingress address; a PVC once Bound; a Pod once Running and Ready (or
/// Succeeded); a Job until it fails. Kinds without a rule are Healthy; an object that cannot be read
/// is Unknown.
/// </summary>
internal static class HealthInterpreter
{
    public static string Interpret(JsonObject obj)
    {
        try
        {
            return IsHealthy(obj) ? ResourceHealth.Healthy : ResourceHealth.Unhealthy;
        }
        catch (InterpretationException)
        {
            return ResourceHealth.Unknown;
        }
    }

    private static bool IsHealthy(JsonObject obj) => NativeKinds.Of(obj) switch
    {
        NativeKind.Deployment => Deployment(obj),
        NativeKind.StatefulSet => StatefulSet(obj),
        NativeKind.ReplicaSet => ReplicaSet(obj),
        NativeKind.DaemonSet => DaemonSet(obj),
        NativeKind.Job => !JobConditions.IsTrue(obj, "Failed"),
        NativeKind.Pod => Pod(obj),
        NativeKind.Service => JsonRead.String(obj, "spec", "type") != "LoadBalancer" || HasIngressAddress(obj),
        NativeKind.Ingress => HasIngressAddress(obj),
        NativeKind.PersistentVolumeClaim => JsonRead.String(obj, "status", "phase") == "Bound",
        NativeKind.PodDisruptionBudget => Status(obj, "currentHealthy") >= Status(obj, "desiredHealthy"),
        _ => true,
    };

    private static bool Deployment(JsonObject obj)
    {
        var updated = Status(obj, "updatedReplicas");
        return Observed(obj)
            && (JsonRead.Integer(obj, "spec", "replicas") is not { } replicas || updated >= replicas)
            && Status(obj, "availableReplicas") >= updated;
    }

    /// <summary>
    /// A partitioned rolling update only updates ordinals at or above the partition, so it is done
    /// once those are updated; every pod, updated or not, must be available.
    /// </summary>
    private static bool StatefulSet(JsonObject obj)
    {
        if (!Observed(obj))
        {
            return false;
        }

        var available = Status(obj, "availableReplicas");
        if (JsonRead.Integer(obj, "spec", "replicas") is { } replicas)
        {
            var partition = JsonRead.Integer(obj, "spec", "updateStrategy", "rollingUpdate", "partition") ?? 0;
            if (Status(obj, "updatedReplicas") < replicas - partition || available < replicas)
            {
                return false;
            }
        }

        return available >= Status(obj, "updatedReplicas");
    }

    private static bool ReplicaSet(JsonObject obj)
        => Observed(obj) && (JsonRead.Integer(obj, "spec", "replicas") is not { } replicas || Status(obj, "availableReplicas") >= replicas);

    private static bool DaemonSet(JsonObject obj)
    {
        var updated = Status(obj, "updatedNumberScheduled");
        return Observed(obj)
            && updated >= Status(obj, "desiredNumberScheduled")
            && Status(obj, "numberAvailable") >= updated;
    }

    private static bool Pod(JsonObject obj)
    {
        var phase = JsonRead.String(obj, "status", "phase");
        if (phase == "Succeeded")
        {
            return true;
        }

        var ready = JsonRead.Objects(obj, "status", "conditions").FirstOrDefault(c => JsonRead.String(c, "type") == "Ready");
        return phase == "Running" && ready is not null && JsonRead.String(ready, "status") == ConditionStatus.True;
    }

    private static bool HasIngressAddress(JsonObject obj)
        => JsonRead.Objects(obj, "status", "loadBalancer", "ingress")
            .Any(i => !string.IsNullOrEmpty(JsonRead.String(i, "ip")) || !string.IsNullOrEmpty(JsonRead.String(i, "hostname")));

    /// <summary>The controller has seen the latest spec (status.observedGeneration ≥ metadata.generation).</summary>
    private static bool Observed(JsonObject obj)
        => Status(obj, "observedGeneration") >= JsonRead.IntegerOrZero(obj, "metadata", "generation");

    private static long Status(JsonObject obj, string field) => JsonRead.IntegerOrZero(obj, "status", field);
}
