using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Mapping;

/// <summary>The server does not serve a kind (or resource): the group version is absent, or has no such kind even after a fresh discovery.</summary>
public sealed class NoKindMatchException : Exception
{
    public NoKindMatchException(string cluster, string what, GroupVersion groupVersion, bool groupVersionServed)
        : base(groupVersionServed
            ? $"cluster \"{cluster}\": no matches for {what}: group version \"{groupVersion}\" is served but has no such kind or resource"
            : $"cluster \"{cluster}\": no matches for {what}: group version \"{groupVersion}\" is not served (is its CRD or API service installed?)")
    {
        Cluster = cluster;
        GroupVersion = groupVersion;
        GroupVersionServed = groupVersionServed;
    }

    public string Cluster { get; }

    public GroupVersion GroupVersion { get; }

    public bool GroupVersionServed { get; }
}
