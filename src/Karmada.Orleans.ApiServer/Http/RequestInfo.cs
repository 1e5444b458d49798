namespace Karmada.Orleans.ApiServer.Http;

public enum ApiPathKind
{
    NotApi,
    CoreVersions,
    GroupList,
    Group,
    ResourceList,
    Resource,
}

/// <summary>What an API path addresses, parsed as kube-apiserver's RequestInfoFactory does.</summary>
public sealed record RequestInfo(ApiPathKind Kind, string Group, string Version, string? Namespace, string? Resource, string? Name, string? Subresource, string[] Extra)
{
    private static readonly HashSet<string> NamespaceSubresources = new(StringComparer.Ordinal) { "status", "finalize" };

    public static RequestInfo Parse(string path)
    {
        var parts = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0] is not ("api" or "apis"))
        {
            return new RequestInfo(ApiPathKind.NotApi, "", "", null, null, null, null, []);
        }

        string group, version;
        int rest;
        if (parts[0] == "api")
        {
            if (parts.Length == 1)
            {
                return new RequestInfo(ApiPathKind.CoreVersions, "", "", null, null, null, null, []);
            }

            (group, version, rest) = ("", parts[1], 2);
        }
        else
        {
            if (parts.Length == 1)
            {
                return new RequestInfo(ApiPathKind.GroupList, "", "", null, null, null, null, []);
            }

            if (parts.Length == 2)
            {
                return new RequestInfo(ApiPathKind.Group, parts[1], "", null, null, null, null, []);
            }

            (group, version, rest) = (parts[1], parts[2], 3);
        }

        var segments = parts[rest..];
        if (segments.Length == 0)
        {
            return new RequestInfo(ApiPathKind.ResourceList, group, version, null, null, null, null, []);
        }

        string? ns = null;
        if (segments[0] == "namespaces" && segments.Length > 1)
        {
            ns = segments[1];
            if (segments.Length > 2 && !NamespaceSubresources.Contains(segments[2]))
            {
                segments = segments[2..];
            }
        }

        var resource = segments[0];
        var name = segments.Length > 1 ? segments[1] : null;
        var subresource = segments.Length > 2 ? segments[2] : null;
        var extra = segments.Length > 3 ? segments[3..] : [];

        // GET /api/v1/namespaces/foo addresses the namespace foo itself, not content in it.
        if (resource == "namespaces")
        {
            ns = null;
        }

        return new RequestInfo(ApiPathKind.Resource, group, version, ns, resource, name, subresource, extra);
    }
}
