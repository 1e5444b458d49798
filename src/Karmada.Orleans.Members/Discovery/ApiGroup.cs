namespace Karmada.Orleans.Members.Discovery;

/// <summary>One API group of <c>/apis</c>; the core group has an empty name.</summary>
public sealed record ApiGroup
{
    public string Name { get; init; } = "";
    public IReadOnlyList<GroupVersionForDiscovery> Versions { get; init; } = [];
    public GroupVersionForDiscovery? PreferredVersion { get; init; }
}
