using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.ApiServer.Http;

/// <summary>Writes API responses: stored objects as their stored bytes, other objects serialized once.</summary>
public static class ResponseWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static async Task WriteStoredAsync(HttpContext context, int status, StoredObject obj)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = obj.Json.Length;
        await context.Response.Body.WriteAsync(obj.Json, context.RequestAborted);
    }

    public static async Task WriteJsonAsync(HttpContext context, int status, JsonNode node, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await using var writer = new Utf8JsonWriter(context.Response.Body, Compact);
        node.WriteTo(writer);
    }

    /// <summary>A list whose items are stored objects, streamed without re-parsing them.</summary>
    public static async Task WriteListAsync(HttpContext context, string apiVersion, string listKind, ListResult result)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, Compact);
        writer.WriteStartObject();
        writer.WriteString("kind", listKind);
        writer.WriteString("apiVersion", apiVersion);
        writer.WriteStartObject("metadata");
        writer.WriteString("resourceVersion", result.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (result.Continue is not null)
        {
            writer.WriteString("continue", result.Continue);
        }

        if (result.RemainingItemCount is { } remaining)
        {
            writer.WriteNumber("remainingItemCount", remaining);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("items");
        foreach (var item in result.Items)
        {
            writer.WriteRawValue(item.Json.Span, skipInputValidation: true);
            if (writer.BytesPending > 64 * 1024)
            {
                await writer.FlushAsync(context.RequestAborted);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static JsonObject StatusSuccess(string name, string group, string plural, string? uid)
    {
        var details = new JsonObject { ["name"] = name };
        if (group.Length > 0)
        {
            details["group"] = group;
        }

        details["kind"] = plural;
        if (uid is not null)
        {
            details["uid"] = uid;
        }

        return new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Success",
            ["details"] = details,
        };
    }
}
