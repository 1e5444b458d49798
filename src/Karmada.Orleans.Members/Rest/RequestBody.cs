using System.Text;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Members.Rest;

/// <summary>A request body kept as bytes so a retried request can send it again.</summary>
public sealed record RequestBody(byte[] Content, string ContentType)
{
    public static RequestBody FromJson(JsonNode node, string contentType = MediaTypes.Json) =>
        new(Encoding.UTF8.GetBytes(node.ToJsonString()), contentType);

    public HttpContent ToHttpContent()
    {
        var content = new ByteArrayContent(Content);
        content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        return content;
    }
}
