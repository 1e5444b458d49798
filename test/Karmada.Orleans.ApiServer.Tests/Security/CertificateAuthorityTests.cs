using System.Net;
using System.Security.Cryptography.X509Certificates;
using Karmada.Orleans.ApiServer.Security;

namespace Karmada.Orleans.ApiServer.Tests.Security;

public sealed class CertificateAuthorityTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("karmada-pki-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (HashSet<string> Dns, HashSet<IPAddress> Ips) Names(X509Certificate2 certificate)
    {
        var san = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        return (san.EnumerateDnsNames().ToHashSet(), san.EnumerateIPAddresses().ToHashSet());
    }

    [Fact]
    public void First_start_issues_a_serving_certificate_for_the_loopback_names()
    {
        var pki = CertificateAuthority.LoadOrCreate(_directory);

        var (dns, ips) = Names(pki.ServingCertificate);
        Assert.Contains("localhost", dns);
        Assert.Contains(IPAddress.Loopback, ips);
        Assert.True(pki.ServingCertificate.HasPrivateKey);
        Assert.Equal(["apiserver.crt", "apiserver.key", "ca.crt", "ca.key"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_added_later_reissues_the_serving_certificate_from_the_same_ca()
    {
        var first = CertificateAuthority.LoadOrCreate(_directory);

        var second = CertificateAuthority.LoadOrCreate(_directory, ["karmada.example.com", "10.1.2.3"]);

        var (dns, ips) = Names(second.ServingCertificate);
        Assert.Contains("karmada.example.com", dns);
        Assert.Contains(IPAddress.Parse("10.1.2.3"), ips);
        Assert.Contains("localhost", dns);
        Assert.NotEqual(first.ServingCertificate.Thumbprint, second.ServingCertificate.Thumbprint);
        Assert.Equal(first.CaCertificatePem, second.CaCertificatePem);
        using var ca = X509Certificate2.CreateFromPem(second.CaCertificatePem);
        Assert.Equal(ca.Subject, second.ServingCertificate.Issuer);
    }

    [Fact]
    public void Names_already_covered_keep_the_certificate()
    {
        var first = CertificateAuthority.LoadOrCreate(_directory, ["karmada.example.com"]);

        var again = CertificateAuthority.LoadOrCreate(_directory, ["KARMADA.example.com", " "]);
        var fewer = CertificateAuthority.LoadOrCreate(_directory);

        Assert.Equal(first.ServingCertificate.Thumbprint, again.ServingCertificate.Thumbprint);
        Assert.Equal(first.ServingCertificate.Thumbprint, fewer.ServingCertificate.Thumbprint);
    }
}
