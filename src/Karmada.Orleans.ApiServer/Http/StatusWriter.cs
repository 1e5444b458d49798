using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.ApiServer.Http;

public static class StatusWriter
{
    public static async Task WriteAsync(HttpContext context, ApiException error)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = error.Code;
        context.Response.ContentType = "application/json";
        if (error.RetryAfterSeconds is { } retry)
        {
            context.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = true });
        error.ToStatus().WriteTo(writer);
    }
}
