using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Karmada.Orleans.Members.Configuration;

/// <summary>Reads PEM certificates and private keys (PKCS#8, PKCS#1 RSA, SEC1 EC) the way kubeconfigs carry them.</summary>
public static class PemCertificates
{
    /// <summary>All certificates of a PEM bundle (a CA file may hold several).</summary>
    public static X509Certificate2Collection ParseCertificates(string pem, string what)
    {
        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(pem);
        }
        catch (CryptographicException e)
        {
            throw new KubeConfigException($"{what}: not a valid PEM certificate: {e.Message}", e);
        }

        if (collection.Count == 0)
        {
            throw new KubeConfigException($"{what}: no PEM certificate found (expected -----BEGIN CERTIFICATE-----)");
        }

        return collection;
    }

    /// <summary>The client certificate (first of the PEM) bound to its private key; intermediates in the PEM are ignored.</summary>
    public static X509Certificate2 CreateClientCertificate(string certificatePem, string keyPem, string what)
    {
        var certificates = ParseCertificates(certificatePem, $"{what} client certificate");
        var certificate = certificates[0];
        var label = PemLabel(keyPem) ?? throw new KubeConfigException(
            $"{what} client key: no PEM private key found (expected -----BEGIN PRIVATE KEY-----, RSA PRIVATE KEY or EC PRIVATE KEY)");
        if (label.Contains("ENCRYPTED", StringComparison.Ordinal))
        {
            throw new KubeConfigException($"{what} client key: encrypted private keys are not supported");
        }

        try
        {
            X509Certificate2 withKey;
            using (var rsa = certificate.GetRSAPublicKey())
            using (var ecdsa = certificate.GetECDsaPublicKey())
            {
                if (rsa is not null)
                {
                    using var key = RSA.Create();
                    key.ImportFromPem(keyPem);
                    withKey = certificate.CopyWithPrivateKey(key);
                }
                else if (ecdsa is not null)
                {
                    using var key = ECDsa.Create();
                    key.ImportFromPem(keyPem);
                    withKey = certificate.CopyWithPrivateKey(key);
                }
                else
                {
                    throw new KubeConfigException($"{what} client certificate: unsupported key algorithm {certificate.PublicKey.Oid.FriendlyName ?? certificate.PublicKey.Oid.Value}; use RSA or EC");
                }
            }

            // Windows' TLS stack cannot use an ephemeral key; a PKCS#12 round trip gives it a usable one.
            return OperatingSystem.IsWindows()
                ? X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null)
                : withKey;
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw new KubeConfigException($"{what} client key: unreadable private key ({label}) or it does not match the client certificate: {e.Message}", e);
        }
    }

    /// <summary>Decodes a kubeconfig <c>*-data</c> field (base64 of PEM).</summary>
    public static string DecodeData(string base64, string what)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim()));
        }
        catch (FormatException e)
        {
            throw new KubeConfigException($"{what}: not valid base64: {e.Message}", e);
        }
    }

    private static string? PemLabel(string pem)
    {
        const string begin = "-----BEGIN ";
        var start = pem.IndexOf(begin, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = pem.IndexOf("-----", start + begin.Length, StringComparison.Ordinal);
            if (end < 0)
            {
                return null;
            }

            var label = pem[(start + begin.Length)..end];
            if (label.EndsWith("PRIVATE KEY", StringComparison.Ordinal))
            {
                return label;
            }

            start = pem.IndexOf(begin, end, StringComparison.Ordinal);
        }

        return null;
    }
}
