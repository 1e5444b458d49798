using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Karmada.Orleans.ApiServer.Security;

/// <summary>
/// The control plane's own CA and serving certificate, generated on first start and kept as PEM
/// files in a directory (ca.crt, ca.key, apiserver.crt, apiserver.key), like kubeadm's pki folder.
/// </summary>
public sealed class CertificateAuthority
{
    private CertificateAuthority(string caPem, X509Certificate2 serving)
    {
        CaCertificatePem = caPem;
        ServingCertificate = serving;
    }

    public string CaCertificatePem { get; }

    public X509Certificate2 ServingCertificate { get; }

    /// <summary>
    /// Loads the PKI from <paramref name="directory"/>, creating what is missing. The serving certificate names
    /// localhost and the loopback addresses plus <paramref name="extraNames"/> (DNS names or IP addresses); it is
    /// issued again, by the same CA, when one of those names is missing from it.
    /// </summary>
    public static CertificateAuthority LoadOrCreate(string directory, IEnumerable<string>? extraNames = null)
    {
        Directory.CreateDirectory(directory);
        var caCrt = Path.Combine(directory, "ca.crt");
        var caKey = Path.Combine(directory, "ca.key");
        var crt = Path.Combine(directory, "apiserver.crt");
        var key = Path.Combine(directory, "apiserver.key");
        if (!File.Exists(caCrt) || !File.Exists(caKey))
        {
            using var caKeyPair = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=karmada-orleans-ca", caKeyPair, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(10));
            WritePrivate(caKey, caKeyPair.ExportPkcs8PrivateKeyPem());
            File.WriteAllText(caCrt, ca.ExportCertificatePem());
            File.Delete(crt);
        }

        var names = (extraNames ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        if (File.Exists(crt) && !Covers(crt, names))
        {
            // A name was added since the certificate was issued (e.g. --tls-san): issue it again from the same CA.
            File.Delete(crt);
        }

        if (!File.Exists(crt) || !File.Exists(key))
        {
            using var issuer = X509Certificate2.CreateFromPemFile(caCrt, caKey);
            using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=karmada-orleans-apiserver", serverKey, HashAlgorithmName.SHA256);
            var san = new SubjectAlternativeNameBuilder();
            san.AddDnsName("localhost");
            san.AddDnsName("karmada-apiserver");
            san.AddDnsName("kubernetes.default.svc");
            san.AddIpAddress(IPAddress.Loopback);
            san.AddIpAddress(IPAddress.IPv6Loopback);
            foreach (var name in names)
            {
                if (IPAddress.TryParse(name, out var ip))
                {
                    san.AddIpAddress(ip);
                }
                else
                {
                    san.AddDnsName(name);
                }
            }

            request.CertificateExtensions.Add(san.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
            var serial = RandomNumberGenerator.GetBytes(16);
            serial[0] &= 0x7f;
            using var cert = request.Create(issuer, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(5), serial);
            WritePrivate(key, serverKey.ExportPkcs8PrivateKeyPem());
            File.WriteAllText(crt, cert.ExportCertificatePem());
        }

        // Kestrel needs a key it can use on Linux without a persisted key store: round-trip through PKCS#12.
        using var pem = X509Certificate2.CreateFromPemFile(crt, key);
        var serving = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        return new CertificateAuthority(File.ReadAllText(caCrt), serving);
    }

    /// <summary>Whether the certificate at <paramref name="path"/> already names every one of <paramref name="names"/>.</summary>
    private static bool Covers(string path, IReadOnlyCollection<string> names)
    {
        if (names.Count == 0)
        {
            return true;
        }

        using var certificate = X509Certificate2.CreateFromPem(File.ReadAllText(path));
        var san = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault();
        if (san is null)
        {
            return false;
        }

        var dns = san.EnumerateDnsNames().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ips = san.EnumerateIPAddresses().ToHashSet();
        return names.All(n => IPAddress.TryParse(n, out var ip) ? ips.Contains(ip) : dns.Contains(n));
    }

    private static void WritePrivate(string path, string content)
    {
        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
