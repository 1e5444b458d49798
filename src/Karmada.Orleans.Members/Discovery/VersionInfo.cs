namespace Karmada.Orleans.Members.Discovery;

/// <summary>The server's <c>/version</c> answer.</summary>
public sealed record VersionInfo
{
    public string Major { get; init; } = "";
    public string Minor { get; init; } = "";
    public string GitVersion { get; init; } = "";
    public string GitCommit { get; init; } = "";
    public string GitTreeState { get; init; } = "";
    public string BuildDate { get; init; } = "";
    public string GoVersion { get; init; } = "";
    public string Compiler { get; init; } = "";
    public string Platform { get; init; } = "";
}
