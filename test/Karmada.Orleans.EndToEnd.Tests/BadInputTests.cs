using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>Bad requests get kube's Status with the right code and a message naming the problem; nothing is half-written.</summary>
[Collection(SiloCollection.Name)]
public sealed class BadInputTests(SiloFixture fixture)
{
    private HttpClient Client()
    {
        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"https://127.0.0.1:{fixture.Silo.ApiPort}") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Silo.AdminToken);
        return client;
    }

    private static async Task<(HttpStatusCode Code, JsonObject Status)> SendAsync(HttpClient client, HttpMethod method, string path, string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    [Fact]
    public async Task Requests_without_a_token_are_unauthorized()
    {
        using var client = Client();
        client.DefaultRequestHeaders.Authorization = null;

        using var response = await client.GetAsync("/api/v1/namespaces");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request_naming_the_parse_error()
    {
        using var client = Client();

        var (code, status) = await SendAsync(client, HttpMethod.Post, "/api/v1/namespaces/default/configmaps", "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Contains("json parse error", status["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_object_is_rejected_with_every_field_error_and_nothing_is_stored()
    {
        using var client = Client();
        var body = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"Bad_Name","labels":{"-x":"y","ok":"bad value!"}}}""";

        var (code, status) = await SendAsync(client, HttpMethod.Post, "/api/v1/namespaces/default/configmaps", body);

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal("Invalid", status["reason"]!.GetValue<string>());
        Assert.StartsWith("ConfigMap \"Bad_Name\" is invalid: [metadata.name: Invalid value: \"Bad_Name\"", status["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(3, status["details"]!["causes"]!.AsArray().Count);
        using var get = await client.GetAsync("/api/v1/namespaces/default/configmaps/Bad_Name");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Creating_in_a_missing_namespace_is_not_found()
    {
        using var client = Client();

        var (code, status) = await SendAsync(client, HttpMethod.Post, "/api/v1/namespaces/nope/configmaps", """{"metadata":{"name":"c"}}""");

        Assert.Equal(HttpStatusCode.NotFound, code);
        Assert.Equal("namespaces \"nope\" not found", status["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stale_update_conflicts_and_a_duplicate_create_already_exists()
    {
        var ns = await fixture.NamespaceAsync();
        using var client = Client();
        var (created, obj) = await SendAsync(client, HttpMethod.Post, $"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"c"},"data":{"a":"1"}}""");
        Assert.Equal(HttpStatusCode.Created, created);
        var (again, exists) = await SendAsync(client, HttpMethod.Post, $"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"c"}}""");
        obj["data"]!["a"] = "2";
        var (first, _) = await SendAsync(client, HttpMethod.Put, $"/api/v1/namespaces/{ns}/configmaps/c", obj.ToJsonString());

        obj["data"]!["a"] = "3";
        var (second, conflict) = await SendAsync(client, HttpMethod.Put, $"/api/v1/namespaces/{ns}/configmaps/c", obj.ToJsonString());

        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("AlreadyExists", exists["reason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.Equal($"Operation cannot be fulfilled on configmaps \"c\": the object has been modified; please apply your changes to the latest version and try again", conflict["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Oversized_bodies_and_unknown_media_types_are_refused()
    {
        using var client = Client();
        var huge = $"{{\"metadata\":{{\"name\":\"big\"}},\"data\":{{\"a\":\"{new string('x', 4 * 1024 * 1024)}\"}}}}";

        var (tooLarge, status) = await SendAsync(client, HttpMethod.Post, "/api/v1/namespaces/default/configmaps", huge);
        var (unsupported, _) = await SendAsync(client, HttpMethod.Post, "/api/v1/namespaces/default/configmaps", "x", "text/plain");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.Equal("RequestEntityTooLarge", status["reason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported);
    }

    [Fact]
    public async Task Unknown_resources_are_not_found()
    {
        using var client = Client();

        using var response = await client.GetAsync("/apis/apps/v1/namespaces/default/widgets");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("the server could not find the requested resource", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]!.GetValue<string>());
    }
}
