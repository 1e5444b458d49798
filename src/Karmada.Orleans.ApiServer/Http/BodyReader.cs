using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.ApiServer.Http;

/// <summary>
/// Reads a request body as one JSON object: JSON or YAML by Content-Type, at most a limit of bytes
/// (413 beyond it), with parse errors reported as 400 with the position.
/// </summary>
public static class BodyReader
{
    public const long DefaultLimit = 3 * 1024 * 1024;

    public static async Task<byte[]> ReadBytesAsync(HttpContext context, long limit)
    {
        if (context.Request.ContentLength is { } length && length > limit)
        {
            throw TooLarge(limit);
        }

        // The usual request says how long it is: read it into an array of that size (one allocation).
        if (context.Request.ContentLength is { } expected)
        {
            var body = new byte[expected];
            var filled = 0;
            while (filled < body.Length)
            {
                var n = await context.Request.Body.ReadAsync(body.AsMemory(filled), context.RequestAborted);
                if (n == 0)
                {
                    return body[..filled];
                }

                filled += n;
            }

            return body; // the server frames the body by Content-Length: nothing follows
        }

        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw TooLarge(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    public static bool IsYaml(string? contentType) =>
        contentType is not null && (contentType.Contains("yaml", StringComparison.OrdinalIgnoreCase));

    public static bool IsJsonOrYaml(string? contentType) =>
        contentType is null || contentType.Length == 0 || contentType.Contains("json", StringComparison.OrdinalIgnoreCase) || IsYaml(contentType);

    /// <summary>Parses the body; <paramref name="expectedKind"/> names the kind in messages as kube does.</summary>
    public static JsonObject ParseObject(byte[] body, string? contentType, string expectedKind)
    {
        if (body.Length == 0)
        {
            throw ApiException.BadRequest($"the object provided is unrecognized (must be of type {expectedKind}): the request body is empty");
        }

        JsonNode? node;
        if (IsYaml(contentType))
        {
            try
            {
                node = KubeYaml.ParseSingle(Encoding.UTF8.GetString(body));
            }
            catch (Exception ex) when (ex is not ApiException)
            {
                throw ApiException.BadRequest($"error converting YAML to JSON: {ex.Message}");
            }
        }
        else
        {
            try
            {
                node = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 512 });
            }
            catch (JsonException ex)
            {
                throw ApiException.BadRequest($"the object provided is unrecognized (must be of type {expectedKind}): couldn't get version/kind; json parse error: {ex.Message}");
            }
        }

        return node as JsonObject ?? throw ApiException.BadRequest($"the object provided is unrecognized (must be of type {expectedKind}): the body is not a JSON object");
    }

    private static ApiException TooLarge(long limit) => ApiException.RequestEntityTooLarge($"the request body is too large: limit is {limit} bytes");
}
