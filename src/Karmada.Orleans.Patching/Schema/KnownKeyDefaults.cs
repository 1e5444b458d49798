namespace Karmada.Orleans.Patching.Schema;

/// <summary>
/// Defaults of list-map key fields. kube-apiserver v1.20 builds its apply schema with <c>+default</c> markers that
/// the published OpenAPI omits, so a port applied without <c>protocol</c> is keyed as
/// <c>k:{"containerPort":80,"protocol":"TCP"}</c>; these are those markers.
/// </summary>
internal static class KnownKeyDefaults
{
    private static readonly Dictionary<(string Definition, string Field), string> Defaults = new()
    {
        [("io.k8s.api.core.v1.ContainerPort", "protocol")] = "TCP",
        [("io.k8s.api.core.v1.ServicePort", "protocol")] = "TCP",
        [("io.k8s.api.core.v1.EndpointPort", "protocol")] = "TCP",
    };

    public static string? Find(string? definition, string field)
        => definition is not null && Defaults.TryGetValue((definition, field), out var value) ? value : null;
}
