using Karmada.Orleans.ApiServer.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Karmada.Orleans.ApiServer.OpenApi;

public static class OpenApiEndpoints
{
    /// <summary>/openapi/v2, /openapi/v3 and /openapi/v3/{api/v1 | apis/G/V}, JSON only.</summary>
    public static void MapOpenApi(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.ServiceProvider.GetRequiredService<OpenApiDocuments>();
        endpoints.MapGet("/openapi/{**path}", (HttpContext context, string path) => ServeAsync(context, documents, "/openapi/" + path));
    }

    /// <summary>Answers one /openapi path (for hosts that route requests themselves, such as the member simulator).</summary>
    public static async Task ServeAsync(HttpContext context, OpenApiDocuments documents, string path)
    {
        if (path == "/openapi/v3")
        {
            await WriteAsync(context, documents.Index());
            return;
        }

        if (path == "/openapi/v2")
        {
            await WriteAsync(context, documents.V2());
            return;
        }

        if (path.StartsWith("/openapi/v3/", StringComparison.Ordinal) && documents.GroupVersion(path["/openapi/v3/".Length..]) is { } document)
        {
            context.Response.Headers.CacheControl = "public, immutable";
            await WriteAsync(context, document);
            return;
        }

        context.Response.StatusCode = 404;
        await context.Response.WriteAsync("404 page not found\n");
    }

    private static Task WriteAsync(HttpContext context, System.Text.Json.Nodes.JsonObject document)
    {
        var accept = context.Request.Headers.Accept.ToString();
        if (accept.Length > 0 && !accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("*/*", StringComparison.Ordinal))
        {
            // Protobuf only: kubectl then asks again for JSON.
            context.Response.StatusCode = 406;
            return Task.CompletedTask;
        }

        return ResponseWriter.WriteJsonAsync(context, 200, document);
    }
}
