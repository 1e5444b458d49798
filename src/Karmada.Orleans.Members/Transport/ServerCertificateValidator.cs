using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Karmada.Orleans.Members.Transport;

/// <summary>
/// Checks the API server's certificate: chained to the kubeconfig's CA only (never the system store) when one is
/// given, and issued for the URL host or for tls-server-name. Remembers the last rejection so transport errors
/// can say why the handshake failed.
/// </summary>
public sealed class ServerCertificateValidator
{
    private readonly X509Certificate2Collection? _certificateAuthorities;
    private readonly string? _tlsServerName;
    private readonly bool _insecureSkipTlsVerify;
    private volatile string? _lastFailure;

    public ServerCertificateValidator(X509Certificate2Collection? certificateAuthorities, string? tlsServerName, bool insecureSkipTlsVerify)
    {
        _certificateAuthorities = certificateAuthorities;
        _tlsServerName = tlsServerName;
        _insecureSkipTlsVerify = insecureSkipTlsVerify;
    }

    /// <summary>Why the most recent server certificate was rejected, if one was.</summary>
    public string? LastFailure => _lastFailure;

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var failure = Check(certificate, chain, errors);
        if (failure is not null)
        {
            _lastFailure = failure;
        }

        return failure is null;
    }

    /// <summary>Null when the certificate is acceptable, else the reason it is not.</summary>
    public string? Check(X509Certificate? certificate, X509Chain? presentedChain, SslPolicyErrors errors)
    {
        if (_insecureSkipTlsVerify)
        {
            return null;
        }

        if (certificate is null)
        {
            return "the server presented no certificate";
        }

        var serverCertificate = certificate as X509Certificate2 ?? new X509Certificate2(certificate);
        if (_tlsServerName is not null)
        {
            if (!serverCertificate.MatchesHostname(_tlsServerName))
            {
                return $"the server certificate ({serverCertificate.Subject}) is not valid for tls-server-name \"{_tlsServerName}\"";
            }
        }
        else if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return $"the server certificate ({serverCertificate.Subject}) is not valid for the server's host name; fix the server URL or set tls-server-name";
        }

        if (_certificateAuthorities is null)
        {
            return errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors)
                ? $"the server certificate ({serverCertificate.Subject}, issuer {serverCertificate.Issuer}) is not trusted by the system store; set certificate-authority(-data)"
                : null;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_certificateAuthorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.NoFlag;
        if (presentedChain is not null)
        {
            foreach (var element in presentedChain.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        if (chain.Build(serverCertificate))
        {
            return null;
        }

        var statuses = string.Join(", ", chain.ChainStatus.Select(s => s.Status.ToString()).Distinct());
        return $"the server certificate ({serverCertificate.Subject}, issuer {serverCertificate.Issuer}) is not signed by the configured certificate-authority ({statuses})";
    }
}
