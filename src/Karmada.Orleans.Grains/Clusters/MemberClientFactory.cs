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

    /// <summary>The Cluster and Secret revisions each client was last checked against: unchanged objects are not parsed again.</summary>
    private readonly ConcurrentDictionary<string, (long ClusterRevision, ResourceKey? SecretKey, long SecretRevision, KubernetesClusterClient Client)> _checked = new();

    public async Task<KubernetesClusterClient> GetAsync(string clusterName, CancellationToken cancellationToken = default)
    {
        var cluster = await store.GetAsync(KarmadaKeys.Cluster(clusterName), cancellationToken)
            ?? throw new InvalidOperationException($"cluster {clusterName} is not joined");
        if (_checked.TryGetValue(clusterName, out var seen) && seen.ClusterRevision == cluster.Revision
            && (seen.SecretKey is not { } seenSecret || (await store.GetAsync(seenSecret, cancellationToken))?.Revision == seen.SecretRevision))
        {
            return seen.Client;
        }

        var spec = cluster.ToJsonObject()["spec"] as JsonObject ?? [];
        var endpoint = spec["apiEndpoint"]?.GetValue<string>() ?? throw new InvalidOperationException($"cluster {clusterName} has no spec.apiEndpoint");
        JsonObject? secret = null;
        ResourceKey? secretKey = null;
        long secretRevision = 0;
        if (spec["secretRef"] is JsonObject reference)
        {
            secretKey = new ResourceKey(KarmadaKeys.Secrets, reference["namespace"]?.GetValue<string>() ?? "", reference["name"]?.GetValue<string>() ?? "");
            var stored = await store.GetAsync(secretKey.Value, cancellationToken)
                ?? throw new InvalidOperationException($"cluster {clusterName}: secret {reference["namespace"]}/{reference["name"]} not found");
            secret = stored.ToJsonObject();
            secretRevision = stored.Revision;
        }

        var fingerprint = $"{endpoint}|{secretRevision}|{spec["insecureSkipTLSVerification"]}|{spec["proxyURL"]}";
        if (!_clients.TryGetValue(clusterName, out var cached) || cached.Fingerprint != fingerprint)
        {
            cached = (fingerprint, new KubernetesClusterClient(BuildConfig(clusterName, endpoint, spec, secret?["data"] as JsonObject), time));
            _clients[clusterName] = cached;
        }

        _checked[clusterName] = (cluster.Revision, secretKey, secretRevision, cached.Client);
        return cached.Client;
    }

    public void Forget(string clusterName)
    {
        _checked.TryRemove(clusterName, out _);
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
