using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.Dashboard.Http;

/// <summary>
/// The page, script and stylesheet of the dashboard, embedded in this assembly (no CDN, nothing
/// fetched from elsewhere). They hold no cluster data, so they are served without a token: the page
/// asks for one and sends it with every JSON request.
/// </summary>
public sealed class DashboardAssets
{
    public const string Root = "/dashboard";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    // Only what the page itself needs: its own script, style and JSON endpoints.
    private const string ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly Dictionary<string, Asset> _assets = Load();

    /// <summary>The asset at a request path: /dashboard (or /dashboard/) is the page, /dashboard/assets/NAME the rest.</summary>
    public bool TryGet(PathString path, out Asset asset)
    {
        var value = path.Value ?? "";
        var name = value is Root or Root + "/" ? "index.html"
            : value.StartsWith(Root + "/assets/", StringComparison.Ordinal) ? value[(Root.Length + "/assets/".Length)..]
            : null;
        asset = null!;
        return name is not null && _assets.TryGetValue(name, out asset!);
    }

    public static async Task WriteAsync(HttpContext context, Asset asset)
    {
        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(asset.Content, context.RequestAborted);
        }
    }

    private static Dictionary<string, Asset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("dashboard/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var name = resource["dashboard/".Length..];
            assets[name] = new Asset(content, ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"), $"\"{Convert.ToHexString(SHA256.HashData(content))[..16]}\"");
        }

        return assets;
    }

    public sealed record Asset(byte[] Content, string ContentType, string ETag);
}
