using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Dynamic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Members.Tests.Infrastructure;

/// <summary>
/// An in-process API server on loopback Kestrel: real discovery documents recorded from kube-apiserver 1.20,
/// configmaps with CRUD, paging, watch (bookmarks, 410 Gone), TLS with a generated CA, token and
/// client-certificate authentication, an optional path prefix, and hooks to inject faults.
/// </summary>
internal sealed partial class FakeApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeApiServerOptions _options;
    private readonly ConcurrentDictionary<HttpContext, byte> _watches = new();

    private FakeApiServer(WebApplication app, FakeApiServerOptions options, TestPki pki)
    {
        _app = app;
        _options = options;
        Pki = pki;
        foreach (var file in Directory.GetFiles(TestData.Path("discovery"), "*.json"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var path = name switch
            {
                "version" => "/version",
                "api" => "/api",
                "apis" => "/apis",
                "api-v1" => "/api/v1",
                _ => "/apis/" + name["apis-".Length..name.LastIndexOf('-')] + "/" + name[(name.LastIndexOf('-') + 1)..],
            };
            Discovery[path] = File.ReadAllText(file);
        }
    }

    public TestPki Pki { get; }

    /// <summary>The server URL, including the path prefix.</summary>
    public Uri Server { get; private set; } = null!;

    public int Port { get; private set; }

    public ObjectStore ConfigMaps { get; } = new("v1", "ConfigMap", "configmaps");

    /// <summary>Discovery answers by path; tests add group versions (a "CRD") at run time.</summary>
    public ConcurrentDictionary<string, string> Discovery { get; } = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Runs before routing (after authentication); return true when it answered the request.</summary>
    public Func<HttpContext, string, Task<bool>>? Intercept { get; set; }

    public int ActiveWatches => _watches.Count;

    public IEnumerable<RecordedRequest> WatchRequests => Requests.Where(r => r.QueryValue("watch") == "true");

    public static async Task<FakeApiServer> StartAsync(FakeApiServerOptions? options = null, TestPki? pki = null)
    {
        options ??= new FakeApiServerOptions();
        pki ??= TestPki.Create();
        var serverCertificate = options.Tls ? pki.IssueServer(options.ServerNames) : null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MinResponseDataRate = null;
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = options.Http1Only || !options.Tls ? HttpProtocols.Http1 : HttpProtocols.Http1AndHttp2;
                if (serverCertificate is not null)
                {
                    listen.UseHttps(https =>
                    {
                        https.ServerCertificate = serverCertificate;
                        https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                        https.ClientCertificateValidation = (certificate, _, _) => pki.Issued(certificate);
                    });
                }
            });
        });
        var app = builder.Build();
        var server = new FakeApiServer(app, options, pki);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Port = new Uri(address).Port;
        server.Server = new Uri($"{(options.Tls ? "https" : "http")}://127.0.0.1:{server.Port}{options.PathPrefix}");
        return server;
    }

    /// <summary>A kubeconfig for this server (CA data inline unless told otherwise).</summary>
    public string KubeConfig(
        string? token = null,
        (string CertificatePem, string KeyPem)? clientCertificate = null,
        string? caPem = null,
        bool withCa = true,
        bool insecure = false,
        string? tlsServerName = null,
        Uri? server = null,
        string context = "fake")
    {
        static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        var yaml = new StringBuilder();
        yaml.AppendLine("apiVersion: v1").AppendLine("kind: Config").AppendLine("clusters:")
            .AppendLine($"- name: {context}-cluster").AppendLine("  cluster:")
            .AppendLine($"    server: {server ?? Server}");
        if (withCa && _options.Tls)
        {
            yaml.AppendLine($"    certificate-authority-data: {B64(caPem ?? Pki.CaPem)}");
        }

        if (insecure)
        {
            yaml.AppendLine("    insecure-skip-tls-verify: true");
        }

        if (tlsServerName is not null)
        {
            yaml.AppendLine($"    tls-server-name: {tlsServerName}");
        }

        yaml.AppendLine("users:").AppendLine($"- name: {context}-user").AppendLine("  user:");
        if (token is not null)
        {
            yaml.AppendLine($"    token: {token}");
        }

        if (clientCertificate is { } client)
        {
            yaml.AppendLine($"    client-certificate-data: {B64(client.CertificatePem)}")
                .AppendLine($"    client-key-data: {B64(client.KeyPem)}");
        }

        if (token is null && clientCertificate is null)
        {
            yaml.AppendLine("    {}");
        }

        yaml.AppendLine("contexts:").AppendLine($"- name: {context}").AppendLine("  context:")
            .AppendLine($"    cluster: {context}-cluster").AppendLine($"    user: {context}-user")
            .AppendLine($"current-context: {context}");
        return yaml.ToString();
    }

    /// <summary>A client authenticated with the server's token (when it wants one).</summary>
    public KubernetesClusterClient CreateClient(Func<RestConfig, RestConfig>? configure = null)
    {
        var config = KubeConfigLoader.LoadString(KubeConfig(token: _options.Token)).ToRestConfig();
        return new KubernetesClusterClient(configure is null ? config : configure(config));
    }

    /// <summary>Aborts every open watch connection, as a network failure would.</summary>
    public void DropWatches()
    {
        foreach (var context in _watches.Keys)
        {
            context.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        DropWatches();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var user = Authenticate(context);
        Requests.Enqueue(new RecordedRequest(
            request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", request.Protocol,
            request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null,
            request.ContentType, body, user, DateTimeOffset.UtcNow));
        var fullPath = request.Path.Value ?? "/";
        if (!fullPath.StartsWith(_options.PathPrefix + "/", StringComparison.Ordinal))
        {
            await WriteText(context, 404, "404 page not found\n");
            return;
        }

        var path = fullPath[_options.PathPrefix.Length..];
        if ((_options.Token is not null || _options.AcceptClientCertificates) && user is null)
        {
            await WriteJson(context, 401, JsonNode.Parse(TestData.Read("errors/401-unauthorized.json"))!);
            return;
        }

        if (Intercept is { } intercept && await intercept(context, path))
        {
            return;
        }

        try
        {
            await RouteAsync(context, path, body);
        }
        catch (StoreException e)
        {
            await WriteJson(context, e.Code, e.ToStatus());
        }
    }

    private string? Authenticate(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (_options.Token is not null && authorization == $"Bearer {_options.Token}")
        {
            return "token-user";
        }

        var certificate = context.Connection.ClientCertificate;
        return _options.AcceptClientCertificates && certificate is not null ? certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false) : null;
    }

    private async Task RouteAsync(HttpContext context, string path, string body)
    {
        if (path is "/healthz" or "/readyz" or "/livez")
        {
            await WriteText(context, 200, "ok");
            return;
        }

        if (Discovery.TryGetValue(path, out var document))
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(document);
            return;
        }

        var match = ConfigMapPath().Match(path);
        if (!match.Success)
        {
            await WriteText(context, 404, "404 page not found\n");
            return;
        }

        var ns = match.Groups["ns"].Success ? match.Groups["ns"].Value : null;
        var name = match.Groups["name"].Success ? match.Groups["name"].Value : null;
        var objectName = name ?? "";
        var query = context.Request.Query;
        switch (context.Request.Method, name)
        {
            case ("GET", null) when query["watch"] == "true":
                await WatchAsync(context, ns);
                break;
            case ("GET", null):
                var limit = long.TryParse(query["limit"], out var l) ? l : 0;
                var (items, revision, next) = ConfigMaps.List(ns, query["labelSelector"], limit, query["continue"]);
                var metadata = new JsonObject { ["resourceVersion"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                if (next is not null)
                {
                    metadata["continue"] = next;
                }

                var list = new JsonObject { ["kind"] = "ConfigMapList", ["apiVersion"] = "v1", ["metadata"] = metadata, ["items"] = new JsonArray(items.Select(StripTypeMeta).ToArray()) };
                await WriteJson(context, 200, list);
                break;
            case ("GET", _):
                await WriteJson(context, 200, ConfigMaps.Get(ns!, objectName));
                break;
            case ("POST", null):
                await WriteJson(context, 201, ConfigMaps.Create(ns ?? throw BadRequest("namespace required"), ParseObject(body)));
                break;
            case ("PUT", _):
                await WriteJson(context, 200, ConfigMaps.Update(ns!, objectName, ParseObject(body)));
                break;
            case ("PATCH", _):
                await WriteJson(context, 200, Patch(context.Request.ContentType, ns!, objectName, body));
                break;
            case ("DELETE", _):
                var options = body.Length == 0 ? null : ParseObject(body);
                ConfigMaps.Delete(ns!, objectName, options);
                await WriteJson(context, 200, new JsonObject { ["kind"] = "Status", ["apiVersion"] = "v1", ["metadata"] = new JsonObject(), ["status"] = "Success", ["details"] = new JsonObject { ["name"] = name, ["kind"] = "configmaps" } });
                break;
            default:
                await WriteJson(context, 405, new StoreException(405, "MethodNotAllowed", "the server does not allow this method on the requested resource").ToStatus());
                break;
        }
    }

    private JsonObject Patch(string? contentType, string ns, string name, string body)
    {
        var patch = JsonNode.Parse(body) ?? throw BadRequest("empty patch");
        return contentType switch
        {
            "application/json-patch+json" => ConfigMaps.Patch(ns, name, current =>
            {
                JsonMergePatch.ApplyJsonPatch(current, patch.AsArray());
                return current;
            }),
            "application/merge-patch+json" or "application/strategic-merge-patch+json" =>
                ConfigMaps.Patch(ns, name, current => (JsonObject)JsonMergePatch.Apply(current, patch)!),
            "application/apply-patch+yaml" =>
                ConfigMaps.Patch(ns, name, current => (JsonObject)JsonMergePatch.Apply(current, patch)!, createIfMissing: true),
            _ => throw new StoreException(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"),
        };
    }

    private async Task WatchAsync(HttpContext context, string? ns)
    {
        var query = context.Request.Query;
        var bookmarks = query["allowWatchBookmarks"] == "true";
        var timeout = int.TryParse(query["timeoutSeconds"], out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromMinutes(30);
        var hasVersion = long.TryParse(query["resourceVersion"], out var from) && from > 0;
        if (hasVersion && ConfigMaps.IsCompacted(from))
        {
            var gone = new StoreException(410, "Expired", $"too old resource version: {from} ({ConfigMaps.Revision})");
            if (_options.GoneAsHttpStatus)
            {
                await WriteJson(context, 410, gone.ToStatus());
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await WriteEvent(context, "ERROR", gone.ToStatus());
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.StartAsync(context.RequestAborted);
        _watches[context] = 0;
        try
        {
            if (!hasVersion)
            {
                from = ConfigMaps.Revision;
                foreach (var item in ConfigMaps.Snapshot(ns))
                {
                    await WriteEvent(context, "ADDED", item);
                }
            }

            var bookmarksSent = ConfigMaps.BookmarkRequests;
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            deadline.CancelAfter(timeout);
            while (!deadline.IsCancellationRequested)
            {
                var (events, revision, changed) = ConfigMaps.Since(from, ns);
                foreach (var (eventRevision, type, obj) in events)
                {
                    await WriteEvent(context, type, obj);
                    from = eventRevision;
                }

                if (bookmarks && ConfigMaps.BookmarkRequests != bookmarksSent)
                {
                    bookmarksSent = ConfigMaps.BookmarkRequests;
                    from = revision;
                    await WriteEvent(context, "BOOKMARK", new JsonObject
                    {
                        ["kind"] = "ConfigMap",
                        ["apiVersion"] = "v1",
                        ["metadata"] = new JsonObject { ["resourceVersion"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture), ["creationTimestamp"] = null },
                    });
                }

                await changed.WaitAsync(deadline.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // Client went away or the test dropped the connection.
        }
        finally
        {
            _watches.TryRemove(context, out _);
        }
    }

    private static async Task WriteEvent(HttpContext context, string type, JsonObject obj)
    {
        var line = new JsonObject { ["type"] = type, ["object"] = obj.DeepClone() }.ToJsonString() + "\n";
        await context.Response.WriteAsync(line, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static JsonNode StripTypeMeta(JsonObject item)
    {
        item.Remove("kind");
        item.Remove("apiVersion");
        return item;
    }

    private static JsonObject ParseObject(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw BadRequest("expected a JSON object");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw BadRequest($"the object provided is unrecognized: {e.Message}");
        }
    }

    private static StoreException BadRequest(string message) => new(400, "BadRequest", message);

    private static async Task WriteJson(HttpContext context, int code, JsonNode json)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json.ToJsonString());
    }

    private static async Task WriteText(HttpContext context, int code, string text)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(text);
    }

    [GeneratedRegex("^/api/v1/(?:namespaces/(?<ns>[^/]+)/)?configmaps(?:/(?<name>[^/]+))?$")]
    private static partial Regex ConfigMapPath();
}
