namespace Karmada.Orleans.Members.Meta;

/// <summary>Identifies a resource, the plural name used in URLs: <c>apps/v1, Resource=deployments</c>.</summary>
public sealed record GroupVersionResource(string Group, string Version, string Resource)
{
    public GroupVersion GroupVersion => new(Group, Version);

    public override string ToString() => $"{GroupVersion}, Resource={Resource}";

    /// <summary>Parses kubectl's fully qualified form <c>resource.version.group</c> (<c>deployments.v1.apps</c>, <c>pods.v1.</c>).</summary>
    public static GroupVersionResource ParseResourceArg(string arg)
    {
        var parts = arg.Split('.', 3);
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new FormatException($"invalid resource \"{arg}\": expected resource.version.group, e.g. deployments.v1.apps or pods.v1.");
        }

        return new GroupVersionResource(parts.Length == 3 ? parts[2] : "", parts[1], parts[0]);
    }
}
