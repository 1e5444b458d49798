using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.Tests.Support;

/// <summary>Terse JSON for table tests: single quotes allowed, compared structurally.</summary>
internal static class TestJson
{
    public static JsonNode? Parse(string json) => JsonNode.Parse(json.Replace('\'', '"'));

    public static JsonObject Object(string json) => Parse(json)!.AsObject();

    public static void Equal(string expected, JsonNode? actual) => Equal(Parse(expected), actual);

    public static void Equal(JsonNode? expected, JsonNode? actual)
    {
        if (!JsonEquality.Equal(expected, actual))
        {
            Assert.Fail($"JSON differs\nexpected: {expected?.ToJsonString() ?? "null"}\nactual:   {actual?.ToJsonString() ?? "null"}");
        }
    }
}
