namespace Karmada.Orleans.Members.Rest;

/// <summary>Joins the server URL (which may carry a path prefix) and an API path.</summary>
public static class RequestUri
{
    /// <summary><c>https://h:1/some/prefix</c> + <c>/api/v1/pods?limit=1</c> = <c>https://h:1/some/prefix/api/v1/pods?limit=1</c>.</summary>
    public static Uri Build(Uri server, string pathAndQuery)
    {
        if (!pathAndQuery.StartsWith('/'))
        {
            throw new ArgumentException($"request path \"{pathAndQuery}\" must start with '/'", nameof(pathAndQuery));
        }

        var prefix = server.AbsolutePath.TrimEnd('/');
        return new Uri($"{server.GetLeftPart(UriPartial.Authority)}{prefix}{pathAndQuery}", UriKind.Absolute);
    }
}
