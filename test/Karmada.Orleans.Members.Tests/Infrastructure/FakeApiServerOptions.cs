namespace Karmada.Orleans.Members.Tests.Infrastructure;

internal sealed record FakeApiServerOptions
{
    public bool Tls { get; init; } = true;

    /// <summary>Serve HTTP/1.1 only (no h2 in ALPN), to check the client's fallback.</summary>
    public bool Http1Only { get; init; }

    /// <summary>The API is served under this path, e.g. /some/prefix (like a server behind a path-routing proxy).</summary>
    public string PathPrefix { get; init; } = "";

    /// <summary>When set (or client certificates are accepted), requests must authenticate.</summary>
    public string? Token { get; init; }

    public bool AcceptClientCertificates { get; init; }

    /// <summary>Names in the server certificate (default 127.0.0.1 and localhost).</summary>
    public string[] ServerNames { get; init; } = [];

    /// <summary>Answer a too-old watch resourceVersion with HTTP 410 instead of a 200 stream holding an ERROR event.</summary>
    public bool GoneAsHttpStatus { get; init; }
}
