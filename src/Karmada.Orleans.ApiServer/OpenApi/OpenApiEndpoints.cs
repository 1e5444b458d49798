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
        endpoints.MapGet("/openapi/v3", (HttpContext context) => WriteAsync(context, documents.Index()));
        endpoints.MapGet("/openapi/v3/{**path}", async (HttpContext context, string path) =>
        {
            if (documents.GroupVersion(path) is { } document)
            {
                context.Response.Headers.CacheControl = "public, immutable";
                await WriteAsync(context, document);
                return;
            }

            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("404 page not found\n");
        });
        endpoints.MapGet("/openapi/v2", (HttpContext context) => WriteAsync(context, documents.V2()));
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
