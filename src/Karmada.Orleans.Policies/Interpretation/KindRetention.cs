namespace Karmada.Orleans.Policies;

/// <summary>
/// The fields of particular kinds that the member cluster allocates or owns, kept from the member's
/// object when the control plane updates it (Karmada's built-in Retain).
/// </summary>
internal static class KindRetention
{
    public static bool Handles(NativeKind kind)
        => kind is NativeKind.Pod or NativeKind.Service or NativeKind.ServiceAccount or NativeKind.PersistentVolumeClaim
            or NativeKind.PersistentVolume or NativeKind.Job or NativeKind.Deployment or NativeKind.StatefulSet;

    public static void Retain(NativeKind kind, JsonObject desired, JsonObject observed)
    {
        switch (kind)
        {
            case NativeKind.Pod:
                RetainPod(desired, observed);
                break;
            case NativeKind.Service:
                RetainService(desired, observed);
                break;
            case NativeKind.ServiceAccount:
                RetainServiceAccount(desired, observed);
                break;
            case NativeKind.PersistentVolumeClaim:
                // The bound volume is chosen by the member and immutable once set.
                if (JsonRead.String(observed, "spec", "volumeName") is { Length: > 0 } volumeName)
                {
                    JsonWrite.Ensure(desired, "spec")["volumeName"] = volumeName;
                }

                break;
            case NativeKind.PersistentVolume:
                // The claim reference is written by the member's kube-controller-manager.
                CopyIfPresent(desired, observed, "spec", "claimRef");
                break;
            case NativeKind.Job:
                // The member's job controller adds controller-uid labels to the selector and the
                // template, and both are immutable: take them as the member has them.
                CopyIfPresent(desired, observed, "spec", "selector", "matchLabels");
                CopyIfPresent(desired, observed, "spec", "template", "metadata", "labels");
                break;
            case NativeKind.Deployment or NativeKind.StatefulSet:
                RetainReplicas(desired, observed);
                break;
        }
    }

    /// <summary>
    /// A pod is placed and its service account volume injected by the member: keep nodeName,
    /// serviceAccountName, volumes and every (init) container's volumeMounts.
    /// </summary>
    private static void RetainPod(JsonObject desired, JsonObject observed)
    {
        var spec = JsonWrite.Ensure(desired, "spec");
        foreach (var field in new[] { "nodeName", "serviceAccountName", "volumes" })
        {
            if (JsonRead.At(observed, "spec", field) is { } value)
            {
                spec[field] = value.DeepClone();
            }
            else
            {
                spec.Remove(field);
            }
        }

        foreach (var list in new[] { "containers", "initContainers" })
        {
            var observedByName = JsonRead.Objects(observed, "spec", list)
                .Where(c => JsonRead.String(c, "name") is not null)
                .GroupBy(c => JsonRead.String(c, "name")!)
                .ToDictionary(g => g.Key, g => g.First());
            foreach (var container in JsonRead.Objects(desired, "spec", list))
            {
                if (JsonRead.String(container, "name") is { } name && observedByName.TryGetValue(name, out var observedContainer))
                {
                    container["volumeMounts"] = observedContainer["volumeMounts"]?.DeepClone();
                    if (container["volumeMounts"] is null)
                    {
                        container.Remove("volumeMounts");
                    }
                }
            }
        }
    }

    /// <summary>
    /// The cluster IPs and node ports are allocated by the member and mostly immutable: keep them
    /// unless the control plane sets them itself.
    /// </summary>
    private static void RetainService(JsonObject desired, JsonObject observed)
    {
        var spec = JsonWrite.Ensure(desired, "spec");
        foreach (var field in new[] { "clusterIP", "clusterIPs", "healthCheckNodePort" })
        {
            if (spec[field] is null && JsonRead.At(observed, "spec", field) is { } value)
            {
                spec[field] = value.DeepClone();
            }
        }

        var observedPorts = JsonRead.Objects(observed, "spec", "ports").ToList();
        foreach (var port in JsonRead.Objects(desired, "spec", "ports"))
        {
            if (port["nodePort"] is not null)
            {
                continue;
            }

            var match = observedPorts.FirstOrDefault(p => SamePort(port, p));
            if (match?["nodePort"] is { } nodePort)
            {
                port["nodePort"] = nodePort.DeepClone();
            }
        }
    }

    /// <summary>A port is the same when its name, protocol (TCP by default) and port agree.</summary>
    private static bool SamePort(JsonObject a, JsonObject b)
        => (JsonRead.String(a, "name") ?? "") == (JsonRead.String(b, "name") ?? "")
            && (JsonRead.String(a, "protocol") ?? "TCP") == (JsonRead.String(b, "protocol") ?? "TCP")
            && JsonRead.Integer(a, "port") == JsonRead.Integer(b, "port");

    /// <summary>Token secrets generated by the member's service account controller are kept unless the template lists its own.</summary>
    private static void RetainServiceAccount(JsonObject desired, JsonObject observed)
    {
        if (JsonRead.Array(desired, "secrets") is { Count: > 0 })
        {
            return;
        }

        if (JsonRead.Array(observed, "secrets") is { Count: > 0 } secrets)
        {
            desired["secrets"] = secrets.DeepClone();
        }
    }

    /// <summary>With the retain-replicas label ("true"), the member (its HPA) owns spec.replicas.</summary>
    private static void RetainReplicas(JsonObject desired, JsonObject observed)
    {
        if (JsonRead.StringMap(desired, "metadata", "labels").GetValueOrDefault(KarmadaLabels.RetainReplicas) != "true")
        {
            return;
        }

        if (JsonRead.Integer(observed, "spec", "replicas") is { } replicas)
        {
            JsonWrite.Ensure(desired, "spec")["replicas"] = replicas;
        }
    }

    private static void CopyIfPresent(JsonObject desired, JsonObject observed, params string[] path)
    {
        if (JsonRead.At(observed, path) is { } value)
        {
            JsonWrite.Set(desired, value.DeepClone(), path);
        }
    }
}
