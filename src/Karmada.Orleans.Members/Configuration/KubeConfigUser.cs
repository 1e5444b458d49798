namespace Karmada.Orleans.Members.Configuration;

/// <summary>A kubeconfig <c>users[]</c> entry (AuthInfo).</summary>
public sealed record KubeConfigUser
{
    public required string Name { get; init; }
    public string? Token { get; init; }
    public string? TokenFile { get; init; }
    public string? ClientCertificate { get; init; }
    public string? ClientCertificateData { get; init; }
    public string? ClientKey { get; init; }
    public string? ClientKeyData { get; init; }
    public string? Username { get; init; }
    public string? Password { get; init; }

    /// <summary>The user configures an exec credential plugin, which this client does not run.</summary>
    public bool HasExec { get; init; }

    /// <summary>The user configures a (deprecated) auth-provider, which this client does not run.</summary>
    public bool HasAuthProvider { get; init; }
}
