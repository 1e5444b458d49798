using System.Security.Cryptography.X509Certificates;

namespace Karmada.Orleans.Members.Configuration;

/// <summary>
/// Everything needed to talk to one API server (client-go's rest.Config). Build it from a kubeconfig
/// (<see cref="KubeConfig.ToRestConfig"/>) or directly, e.g. from a cluster's credentials Secret.
/// </summary>
public sealed record RestConfig
{
    /// <summary>Karmada's defaults for member clusters (--cluster-api-qps, --cluster-api-burst).</summary>
    public const float DefaultQps = 40;

    public const int DefaultBurst = 60;

    /// <summary>The server URL; a path (https://host:port/some/prefix) prefixes every request path.</summary>
    public required Uri Server { get; init; }

    /// <summary>The name used in error messages (the kubeconfig context, or the Karmada cluster name).</summary>
    public string ClusterName { get; init; } = "cluster";

    /// <summary>The context's default namespace.</summary>
    public string Namespace { get; init; } = "default";

    /// <summary>CA certificates to trust for the server; only these are trusted when set. Null: the system trust store.</summary>
    public X509Certificate2Collection? CertificateAuthorities { get; init; }

    /// <summary>Client certificate with its private key, for x509 authentication.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    public string? BearerToken { get; init; }

    /// <summary>A file holding the bearer token, re-read periodically (projected service account tokens rotate).</summary>
    public string? BearerTokenFile { get; init; }

    public string? Username { get; init; }
    public string? Password { get; init; }

    public bool InsecureSkipTlsVerify { get; init; }

    /// <summary>The name the server certificate is checked against instead of the URL's host.</summary>
    public string? TlsServerName { get; init; }

    /// <summary>http, https or socks5 proxy for this cluster; null uses the environment's proxy settings.</summary>
    public Uri? ProxyUrl { get; init; }

    /// <summary>Sustained requests per second; 0 or less disables client-side rate limiting.</summary>
    public float Qps { get; init; } = DefaultQps;

    public int Burst { get; init; } = DefaultBurst;

    /// <summary>Limit for one request (watches: until the response headers arrive).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a 429 or 503 carrying Retry-After is retried.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Offer HTTP/1.1 only (HTTP/2 is negotiated by ALPN when the server offers it).</summary>
    public bool DisableHttp2 { get; init; }

    public string UserAgent { get; init; } = "karmada-orleans/v0 (linux/amd64)";
}
