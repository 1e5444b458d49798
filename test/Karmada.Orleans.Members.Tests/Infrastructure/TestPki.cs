using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Karmada.Orleans.Members.Tests.Infrastructure;

public enum ClientKeyFormat
{
    RsaPkcs1,
    RsaPkcs8,
    EcSec1,
    EcPkcs8,
}

/// <summary>A throwaway CA with a server certificate and client certificates, exported as kubeconfigs carry them.</summary>
internal sealed class TestPki
{
    private readonly RSA _caKey;

    private TestPki(string caName)
    {
        _caKey = RSA.Create(2048);
        var request = new CertificateRequest($"CN={caName}", _caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private TestPki(X509Certificate2 ca, RSA caKey)
    {
        Ca = ca;
        _caKey = caKey;
    }

    public X509Certificate2 Ca { get; }

    public string CaPem => Ca.ExportCertificatePem();

    public static TestPki Create(string caName = "members-test-ca") => new(caName);

    /// <summary>Issues from an existing CA (e.g. a real API server's client CA).</summary>
    public static TestPki FromPemFiles(string certificateFile, string rsaKeyFile)
    {
        var key = RSA.Create();
        key.ImportFromPem(File.ReadAllText(rsaKeyFile));
        return new TestPki(X509Certificate2.CreateFromPemFile(certificateFile, rsaKeyFile), key);
    }

    /// <summary>A server certificate for the given names (default: 127.0.0.1 and localhost), usable by Kestrel.</summary>
    public X509Certificate2 IssueServer(params string[] names)
    {
        if (names.Length == 0)
        {
            names = ["127.0.0.1", "localhost"];
        }

        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=fake-apiserver", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
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
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        using var certificate = request.Create(Ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), Serial());
        using var withKey = certificate.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>A client certificate (CN = user name) and its key, PEM-encoded in the given key format.</summary>
    public (string CertificatePem, string KeyPem) IssueClient(string commonName, ClientKeyFormat format = ClientKeyFormat.RsaPkcs1)
    {
        AsymmetricAlgorithm key = format is ClientKeyFormat.RsaPkcs1 or ClientKeyFormat.RsaPkcs8 ? RSA.Create(2048) : ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using (key)
        {
            var request = key is RSA rsa
                ? new CertificateRequest($"CN={commonName}, O=system:masters", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                : new CertificateRequest($"CN={commonName}, O=system:masters", (ECDsa)key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
            var signer = X509SignatureGenerator.CreateForRSA(_caKey, RSASignaturePadding.Pkcs1);
            using var certificate = request.Create(Ca.SubjectName, signer, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), Serial());
            var keyPem = format switch
            {
                ClientKeyFormat.RsaPkcs1 => ((RSA)key).ExportRSAPrivateKeyPem(),
                ClientKeyFormat.RsaPkcs8 => key.ExportPkcs8PrivateKeyPem(),
                ClientKeyFormat.EcSec1 => ((ECDsa)key).ExportECPrivateKeyPem(),
                _ => key.ExportPkcs8PrivateKeyPem(),
            };
            return (certificate.ExportCertificatePem(), keyPem);
        }
    }

    /// <summary>True when a client certificate was issued by this CA.</summary>
    public bool Issued(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    private static byte[] Serial() => RandomNumberGenerator.GetBytes(12);
}
