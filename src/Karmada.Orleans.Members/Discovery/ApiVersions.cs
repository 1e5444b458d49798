namespace Karmada.Orleans.Members.Discovery;

/// <summary>The server's <c>/api</c> answer: versions of the core group.</summary>
public sealed record ApiVersions
{
    public IReadOnlyList<string> Versions { get; init; } = [];
}
