using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Clusters;

/// <summary>
/// Clients for member clusters in push mode, built from the Cluster's apiEndpoint and its credentials
/// Secret (spec.secretRef: data.token, data.caBundle, or data["tls.crt"]/["tls.key"]). One client per
/// cluster is kept and replaced when the endpoint or the Secret changes.
/// </summary>
public sealed class MemberClientFactory(IObjectStore store, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, (string Fingerprint, KubernetesClusterClient Client)> _clients = new();

    public async Task<KubernetesClusterClient> GetAsync(string clusterName, CancellationToken cancellationToken = default)
    {
        var cluster = await store.GetAsync(KarmadaKeys.Cluster(clusterName), cancellationToken)
            ?? throw new InvalidOperationException($"cluster {clusterName} is not joined");
        var spec = cluster.ToJsonObject()["spec"] as JsonObject ?? [];
        var endpoint = spec["apiEndpoint"]?.GetValue<string>() ?? throw new InvalidOperationException($"cluster {clusterName} has no spec.apiEndpoint");
        JsonObject? secret = null;
        long secretRevision = 0;
        if (spec["secretRef"] is JsonObject reference)
        {
            var stored = await store.GetAsync(new ResourceKey(KarmadaKeys.Secrets, reference["namespace"]?.GetValue<string>() ?? "", reference["name"]?.GetValue<string>() ?? ""), cancellationToken)
                ?? throw new InvalidOperationException($"cluster {clusterName}: secret {reference["namespace"]}/{reference["name"]} not found");
            secret = stored.ToJsonObject();
            secretRevision = stored.Revision;
        }

        var fingerprint = $"{endpoint}|{secretRevision}|{spec["insecureSkipTLSVerification"]}|{spec["proxyURL"]}";
        if (_clients.TryGetValue(clusterName, out var cached) && cached.Fingerprint == fingerprint)
        {
            return cached.Client;
        }

        var client = new KubernetesClusterClient(BuildConfig(clusterName, endpoint, spec, secret?["data"] as JsonObject), time);
        _clients[clusterName] = (fingerprint, client);
        return client;
    }

    public void Forget(string clusterName)
    {
        if (_clients.TryRemove(clusterName, out var entry))
        {
            entry.Client.Dispose();
        }
    }

    public static RestConfig BuildConfig(string clusterName, string endpoint, JsonObject spec, JsonObject? data)
    {
        string? Field(string name) => data?[name]?.GetValue<string>() is { Length: > 0 } value ? Encoding.UTF8.GetString(Convert.FromBase64String(value)) : null;
        var ca = Field("caBundle");
        var cert = Field("tls.crt");
        var key = Field("tls.key");
        return new RestConfig
        {
            Server = new Uri(endpoint),
            ClusterName = clusterName,
            BearerToken = Field("token"),
            CertificateAuthorities = ca is null ? null : PemCertificates.ParseCertificates(ca, $"cluster {clusterName} caBundle"),
            ClientCertificate = cert is not null && key is not null ? PemCertificates.CreateClientCertificate(cert, key, $"cluster {clusterName} client certificate") : null,
            InsecureSkipTlsVerify = spec["insecureSkipTLSVerification"]?.GetValue<bool>() ?? false,
            ProxyUrl = spec["proxyURL"]?.GetValue<string>() is { Length: > 0 } proxy ? new Uri(proxy) : null,
            MaxRetries = 0,
        };
    }

    public void Dispose()
    {
        foreach (var (_, (_, client)) in _clients)
        {
            client.Dispose();
        }

        _clients.Clear();
    }
}
