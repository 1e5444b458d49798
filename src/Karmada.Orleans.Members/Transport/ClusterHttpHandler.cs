using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Karmada.Orleans.Members.Configuration;

namespace Karmada.Orleans.Members.Transport;

/// <summary>Builds the SocketsHttpHandler for one cluster: TLS trust and client certificate, proxy, HTTP/2 keep-alive.</summary>
public static class ClusterHttpHandler
{
    public static SocketsHttpHandler Create(RestConfig config, ServerCertificateValidator validator)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = config.Timeout < TimeSpan.FromSeconds(30) && config.Timeout > TimeSpan.Zero ? config.Timeout : TimeSpan.FromSeconds(30),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            MaxConnectionsPerServer = 100,
            EnableMultipleHttp2Connections = true,

            // Detects a dead HTTP/2 connection under a long watch, which otherwise waits forever.
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(15),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            AutomaticDecompression = DecompressionMethods.GZip,
            AllowAutoRedirect = false,
            UseCookies = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = validator.Validate,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            },
        };
        if (config.ClientCertificate is not null)
        {
            handler.SslOptions.ClientCertificates = new X509CertificateCollection { config.ClientCertificate };
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => config.ClientCertificate;
        }

        if (config.ProxyUrl is not null)
        {
            handler.Proxy = new WebProxy(config.ProxyUrl);
            handler.UseProxy = true;
        }

        return handler;
    }
}
