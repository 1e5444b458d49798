namespace Karmada.Orleans.Members.Discovery;

/// <summary>The server's <c>/apis</c> answer.</summary>
public sealed record ApiGroupList
{
    public IReadOnlyList<ApiGroup> Groups { get; init; } = [];
}
