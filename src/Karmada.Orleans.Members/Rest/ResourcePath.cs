using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Rest;

/// <summary>The URL path of a resource, an object in it, or an object's subresource.</summary>
public static class ResourcePath
{
    /// <summary><c>/apis/apps/v1/namespaces/ns/deployments/name/scale</c>; core group resources live under <c>/api/v1</c>.</summary>
    public static string For(GroupVersionResource resource, string? @namespace = null, string? name = null, string? subresource = null)
    {
        if (subresource is not null && name is null)
        {
            throw new ArgumentException($"subresource \"{subresource}\" needs an object name", nameof(subresource));
        }

        var path = resource.GroupVersion.DiscoveryPath;
        if (!string.IsNullOrEmpty(@namespace))
        {
            path += "/namespaces/" + Segment(@namespace, "namespace");
        }

        path += "/" + Segment(resource.Resource, "resource");
        if (name is not null)
        {
            path += "/" + Segment(name, "name");
        }

        if (subresource is not null)
        {
            path += "/" + Segment(subresource, "subresource");
        }

        return path;
    }

    private static string Segment(string value, string what)
    {
        if (value.Length == 0 || value is "." or ".." || value.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"{what} \"{value}\" cannot be used in a URL path");
        }

        return Uri.EscapeDataString(value);
    }
}
