namespace Karmada.Orleans.Members.Discovery;

public sealed record GroupVersionForDiscovery
{
    public string GroupVersion { get; init; } = "";
    public string Version { get; init; } = "";
}
