namespace Karmada.Orleans.Members.Discovery;

/// <summary>The server's answer for <c>/api/v1</c> or <c>/apis/G/V</c>.</summary>
public sealed record ApiResourceList
{
    public string GroupVersion { get; init; } = "";
    public IReadOnlyList<ApiResource> Resources { get; init; } = [];
}
