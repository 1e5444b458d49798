namespace Karmada.Orleans.Members.Meta;

/// <summary>An API group and version, e.g. <c>apps/v1</c>; the core ("legacy") group has an empty name: <c>v1</c>.</summary>
public sealed record GroupVersion(string Group, string Version)
{
    public bool IsCore => Group.Length == 0;

    /// <summary>The <c>apiVersion</c> string as objects carry it.</summary>
    public override string ToString() => IsCore ? Version : $"{Group}/{Version}";

    /// <summary>The discovery path of this group version: <c>/api/v1</c> or <c>/apis/apps/v1</c>.</summary>
    public string DiscoveryPath => IsCore ? $"/api/{Version}" : $"/apis/{Group}/{Version}";

    /// <summary>Parses an <c>apiVersion</c> such as <c>v1</c> or <c>apps/v1</c>.</summary>
    public static GroupVersion Parse(string apiVersion)
    {
        if (!TryParse(apiVersion, out var groupVersion))
        {
            throw new FormatException($"invalid apiVersion \"{apiVersion}\": expected \"version\" or \"group/version\"");
        }

        return groupVersion;
    }

    public static bool TryParse(string? apiVersion, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GroupVersion? groupVersion)
    {
        groupVersion = null;
        if (string.IsNullOrWhiteSpace(apiVersion) || apiVersion.Trim() != apiVersion)
        {
            return false;
        }

        var parts = apiVersion.Split('/');
        if (parts.Length == 1)
        {
            groupVersion = new GroupVersion("", parts[0]);
            return true;
        }

        if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
        {
            groupVersion = new GroupVersion(parts[0], parts[1]);
            return true;
        }

        return false;
    }

    public GroupVersionKind WithKind(string kind) => new(Group, Version, kind);

    public GroupVersionResource WithResource(string resource) => new(Group, Version, resource);
}
