namespace Karmada.Orleans.Policies;

/// <summary>
/// The objects a pod spec refers to by name and that must exist in the same namespace of every
/// cluster the pod runs in: ConfigMaps and Secrets (volumes, projected volume sources, envFrom,
/// env valueFrom, imagePullSecrets, and the secretRefs of storage volume sources), a
/// ServiceAccount other than "default", and PersistentVolumeClaims mounted as volumes.
/// </summary>
internal static class PodDependencies
{
    private static readonly string[] ContainerLists = ["containers", "initContainers", "ephemeralContainers"];

    /// <summary>Volume sources whose credentials are a Secret named by secretRef.name.</summary>
    private static readonly string[] SecretRefVolumes = ["cephfs", "cinder", "flexVolume", "rbd", "scaleIO", "iscsi", "storageos"];

    public static IEnumerable<DependentObjectReference> Of(JsonObject? podSpec, string ns, ISet<string>? excludedClaims = null)
    {
        foreach (var name in ConfigMaps(podSpec))
        {
            yield return new DependentObjectReference("v1", "ConfigMap", ns, name);
        }

        foreach (var name in Secrets(podSpec))
        {
            yield return new DependentObjectReference("v1", "Secret", ns, name);
        }

        if (JsonRead.String(podSpec, "serviceAccountName") is { Length: > 0 } serviceAccount && serviceAccount != "default")
        {
            yield return new DependentObjectReference("v1", "ServiceAccount", ns, serviceAccount);
        }

        foreach (var volume in JsonRead.Objects(podSpec, "volumes"))
        {
            if (JsonRead.String(volume, "persistentVolumeClaim", "claimName") is { Length: > 0 } claim
                && excludedClaims?.Contains(claim) != true
                && excludedClaims?.Contains(JsonRead.String(volume, "name") ?? "") != true)
            {
                yield return new DependentObjectReference("v1", "PersistentVolumeClaim", ns, claim);
            }
        }
    }

    private static IEnumerable<string> ConfigMaps(JsonObject? podSpec)
    {
        foreach (var container in Containers(podSpec))
        {
            foreach (var envFrom in JsonRead.Objects(container, "envFrom"))
            {
                yield return JsonRead.String(envFrom, "configMapRef", "name") ?? "";
            }

            foreach (var env in JsonRead.Objects(container, "env"))
            {
                yield return JsonRead.String(env, "valueFrom", "configMapKeyRef", "name") ?? "";
            }
        }

        foreach (var volume in JsonRead.Objects(podSpec, "volumes"))
        {
            yield return JsonRead.String(volume, "configMap", "name") ?? "";
            foreach (var source in JsonRead.Objects(volume, "projected", "sources"))
            {
                yield return JsonRead.String(source, "configMap", "name") ?? "";
            }
        }
    }

    private static IEnumerable<string> Secrets(JsonObject? podSpec)
    {
        foreach (var pullSecret in JsonRead.Objects(podSpec, "imagePullSecrets"))
        {
            yield return JsonRead.String(pullSecret, "name") ?? "";
        }

        foreach (var container in Containers(podSpec))
        {
            foreach (var envFrom in JsonRead.Objects(container, "envFrom"))
            {
                yield return JsonRead.String(envFrom, "secretRef", "name") ?? "";
            }

            foreach (var env in JsonRead.Objects(container, "env"))
            {
                yield return JsonRead.String(env, "valueFrom", "secretKeyRef", "name") ?? "";
            }
        }

        foreach (var volume in JsonRead.Objects(podSpec, "volumes"))
        {
            yield return JsonRead.String(volume, "secret", "secretName") ?? "";
            yield return JsonRead.String(volume, "azureFile", "secretName") ?? "";
            yield return JsonRead.String(volume, "csi", "nodePublishSecretRef", "name") ?? "";
            foreach (var source in SecretRefVolumes)
            {
                yield return JsonRead.String(volume, source, "secretRef", "name") ?? "";
            }

            foreach (var projected in JsonRead.Objects(volume, "projected", "sources"))
            {
                yield return JsonRead.String(projected, "secret", "name") ?? "";
            }
        }
    }

    private static IEnumerable<JsonObject> Containers(JsonObject? podSpec)
        => ContainerLists.SelectMany(list => JsonRead.Objects(podSpec, list));
}
