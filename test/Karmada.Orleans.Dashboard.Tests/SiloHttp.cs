using System.Net;
using System.Net.Http.Headers;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Dashboard.Tests;

/// <summary>An HTTPS client for a silo process: trusts only the silo's own CA, optionally sends its admin token.</summary>
public static class SiloHttp
{
    public static HttpClient Client(SiloProcess silo, bool withToken = true)
    {
        var ca = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(silo.DataDirectory, "pki", "ca.crt")));
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, chain, _) =>
            {
                if (certificate is null || chain is null)
                {
                    return false;
                }

                chain.ChainPolicy.TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck;
                return chain.Build(certificate);
            },
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"https://127.0.0.1:{silo.ApiPort}"), DefaultRequestVersion = HttpVersion.Version11 };
        if (withToken)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", silo.AdminToken);
        }

        return client;
    }
}
