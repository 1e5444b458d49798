namespace Karmada.Orleans.Members.Configuration;

/// <summary>A kubeconfig <c>clusters[]</c> entry.</summary>
public sealed record KubeConfigCluster
{
    public required string Name { get; init; }
    public string? Server { get; init; }
    public string? CertificateAuthority { get; init; }
    public string? CertificateAuthorityData { get; init; }
    public bool InsecureSkipTlsVerify { get; init; }
    public string? TlsServerName { get; init; }
    public string? ProxyUrl { get; init; }
}
