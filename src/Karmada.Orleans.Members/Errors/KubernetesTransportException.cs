namespace Karmada.Orleans.Members.Errors;

/// <summary>The request did not reach the API server or got no answer: refused, DNS, TLS, timeout, dropped connection.</summary>
public sealed class KubernetesTransportException : Exception
{
    public KubernetesTransportException(TransportFailure failure, string cluster, Uri server, string detail, Exception? innerException = null)
        : base($"cluster \"{cluster}\" ({server}): {Describe(failure)}: {detail}", innerException)
    {
        Failure = failure;
        Cluster = cluster;
        Server = server;
    }

    public TransportFailure Failure { get; }

    public string Cluster { get; }

    public Uri Server { get; }

    private static string Describe(TransportFailure failure) => failure switch
    {
        TransportFailure.ConnectionRefused => "connection refused",
        TransportFailure.NameResolution => "cannot resolve host",
        TransportFailure.Tls => "TLS handshake failed",
        TransportFailure.Timeout => "timed out",
        TransportFailure.ConnectionLost => "connection lost",
        TransportFailure.Proxy => "proxy failed",
        _ => "request failed",
    };
}
