using System.Text;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Registration;

/// <summary>Where a joined member runs (spec.provider, spec.region, spec.zones of its Cluster).</summary>
public sealed record ClusterJoinOptions(string? Provider = null, string? Region = null, string[]? Zones = null);

/// <summary>Why a join did not happen; nothing was left behind.</summary>
public sealed class ClusterJoinException(string message) : Exception(message);

/// <summary>
/// Push-mode registration, as karmadactl join does it: the member's credentials go into a Secret in
/// karmada-cluster and a Cluster object points at its API. If the Cluster cannot be created, the
/// Secret is removed again, so a failed join leaves nothing half-created.
/// </summary>
public static class ClusterRegistration
{
    public const string ClusterNamespace = "karmada-cluster";
    public static readonly GroupVersionResource Clusters = new("cluster.karmada.io", "v1alpha1", "clusters");
    private static readonly GroupVersionResource Secrets = new("", "v1", "secrets");
    private static readonly GroupVersionResource Namespaces = new("", "v1", "namespaces");

    public static async Task JoinAsync(KubernetesClusterClient karmada, string clusterName, RestConfig member, ClusterJoinOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ClusterJoinOptions();
        var clusters = karmada.Resource(Clusters);
        if (await clusters.TryGetAsync(clusterName, cancellationToken) is not null)
        {
            throw new ClusterJoinException($"cluster {clusterName} already exists");
        }

        try
        {
            await karmada.Resource(Namespaces).CreateAsync(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = ClusterNamespace } }, null, cancellationToken);
        }
        catch (KubernetesAlreadyExistsException)
        {
        }

        var secrets = karmada.Resource(Secrets).Namespace(ClusterNamespace);
        try
        {
            await secrets.DeleteAsync(clusterName, null, cancellationToken);
        }
        catch (KubernetesNotFoundException)
        {
        }

        await secrets.CreateAsync(CredentialsSecret(clusterName, member), null, cancellationToken);
        try
        {
            await clusters.CreateAsync(ClusterObject(clusterName, member, options.Provider, options.Region, options.Zones), null, cancellationToken);
        }
        catch (KubernetesApiException error)
        {
            await secrets.DeleteAsync(clusterName, null, CancellationToken.None);
            throw new ClusterJoinException($"failed to create cluster {clusterName}: {error.Message}");
        }
    }

    public static JsonObject CredentialsSecret(string clusterName, RestConfig member)
    {
        var data = new JsonObject();
        static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        if (member.BearerToken is { } token)
        {
            data["token"] = B64(token);
        }
        else if (member.BearerTokenFile is { } tokenFile)
        {
            data["token"] = B64(File.ReadAllText(tokenFile).Trim());
        }

        if (member.CertificateAuthorities is { Count: > 0 } authorities)
        {
            data["caBundle"] = B64(string.Concat(authorities.Select(c => c.ExportCertificatePem() + "\n")));
        }

        if (member.ClientCertificate is { } certificate)
        {
            data["tls.crt"] = B64(certificate.ExportCertificatePem());
            if (PrivateKeyPem(certificate) is { } key)
            {
                data["tls.key"] = B64(key);
            }
        }

        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Secret",
            ["metadata"] = new JsonObject { ["name"] = clusterName, ["namespace"] = ClusterNamespace },
            ["type"] = "Opaque",
            ["data"] = data,
        };
    }

    private static string? PrivateKeyPem(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        using var rsa = System.Security.Cryptography.X509Certificates.RSACertificateExtensions.GetRSAPrivateKey(certificate);
        if (rsa is not null)
        {
            return rsa.ExportPkcs8PrivateKeyPem();
        }

        using var ec = System.Security.Cryptography.X509Certificates.ECDsaCertificateExtensions.GetECDsaPrivateKey(certificate);
        return ec?.ExportPkcs8PrivateKeyPem();
    }

    public static JsonObject ClusterObject(string name, RestConfig member, string? provider, string? region, string[]? zones)
    {
        var spec = new JsonObject
        {
            ["syncMode"] = "Push",
            ["apiEndpoint"] = member.Server.ToString().TrimEnd('/'),
            ["secretRef"] = new JsonObject { ["namespace"] = ClusterNamespace, ["name"] = name },
        };
        if (member.InsecureSkipTlsVerify)
        {
            spec["insecureSkipTLSVerification"] = true;
        }

        if (member.ProxyUrl is { } proxy)
        {
            spec["proxyURL"] = proxy.ToString();
        }

        if (provider is not null)
        {
            spec["provider"] = provider;
        }

        if (region is not null)
        {
            spec["region"] = region;
        }

        if (zones is { Length: > 0 })
        {
            spec["zones"] = new JsonArray(zones.Select(z => (JsonNode?)z).ToArray());
        }

        return new JsonObject
        {
            ["apiVersion"] = "cluster.karmada.io/v1alpha1",
            ["kind"] = "Cluster",
            ["metadata"] = new JsonObject { ["name"] = name },
            ["spec"] = spec,
        };
    }
}
