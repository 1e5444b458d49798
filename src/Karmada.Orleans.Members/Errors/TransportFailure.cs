namespace Karmada.Orleans.Members.Errors;

/// <summary>Why a request never got an HTTP answer.</summary>
public enum TransportFailure
{
    ConnectionRefused,
    NameResolution,
    Tls,
    Timeout,
    ConnectionLost,
    Proxy,
    Other,
}
