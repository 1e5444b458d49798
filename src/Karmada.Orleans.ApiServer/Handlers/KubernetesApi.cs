using Karmada.Orleans.ApiServer.Admission;
using Karmada.Orleans.ApiServer.Discovery;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>
/// The Kubernetes REST API over an <see cref="IObjectStore"/>: discovery, CRUD, list, watch,
/// patch, subresources. Store-agnostic: it serves the control plane and simulated member clusters alike.
/// </summary>
public sealed partial class KubernetesApi(
    IObjectStore store,
    ResourceCatalog catalog,
    IEnumerable<IAdmissionPlugin> admission,
    TimeProvider time,
    ApiServerOptions options,
    ILogger<KubernetesApi> logger)
{
    private readonly IAdmissionPlugin[] _admission = admission.ToArray();
    private static readonly TimeSpan ActiveNamespaceMemory = TimeSpan.FromSeconds(5);
    private readonly Patches _patches = new(time);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _activeNamespaces = new(StringComparer.Ordinal);

    public IObjectStore Store => store;

    public ResourceCatalog Catalog => catalog;

    public async Task HandleAsync(HttpContext context)
    {
        var info = RequestInfo.Parse(context.Request.Path.Value ?? "/");
        try
        {
            switch (info.Kind)
            {
                case ApiPathKind.NotApi:
                    await NotFoundPageAsync(context);
                    return;
                case ApiPathKind.CoreVersions:
                    await DiscoveryAsync(context, core: true, () => DiscoveryDocuments.ApiVersions(options.ServerAddress));
                    return;
                case ApiPathKind.GroupList:
                    await DiscoveryAsync(context, core: false, () => DiscoveryDocuments.GroupList(catalog));
                    return;
                case ApiPathKind.Group:
                    var versions = catalog.Groups().FirstOrDefault(g => g.Group == info.Group).Versions;
                    if (versions is null)
                    {
                        await NotFoundPageAsync(context);
                        return;
                    }

                    await ResponseWriter.WriteJsonAsync(context, 200, DiscoveryDocuments.Group(info.Group, versions));
                    return;
                case ApiPathKind.ResourceList:
                    if (!catalog.ServesGroupVersion(info.Group, info.Version))
                    {
                        await NotFoundPageAsync(context);
                        return;
                    }

                    await ResponseWriter.WriteJsonAsync(context, 200, DiscoveryDocuments.ResourceList(info.Group.Length == 0 ? info.Version : $"{info.Group}/{info.Version}", catalog.InGroupVersion(info.Group, info.Version)));
                    return;
            }

            var definition = catalog.Find(info.Group, info.Version, info.Resource!);
            if (definition is null)
            {
                if (!catalog.ServesGroupVersion(info.Group, info.Version))
                {
                    await NotFoundPageAsync(context);
                    return;
                }

                throw ApiException.ResourceNotFound();
            }

            await DispatchAsync(new ApiRequest(context, info, definition));
        }
        catch (ApiException error)
        {
            await StatusWriter.WriteAsync(context, error);
        }
        catch (StoreException error)
        {
            var definition = info.Resource is null ? null : catalog.Find(info.Group, info.Version, info.Resource);
            await StatusWriter.WriteAsync(context, definition is null ? ApiException.BadRequest(error.Message) : ApiErrors.FromStore(error, definition, info.Name));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException error) when (error.StatusCode == 413)
        {
            await StatusWriter.WriteAsync(context, ApiException.RequestEntityTooLarge(error.Message));
        }
        catch (Exception error)
        {
            LogUnexpected(logger, context.Request.Method, context.Request.Path.Value ?? "", error);
            await StatusWriter.WriteAsync(context, ApiException.InternalError($"an error on the server (\"{error.Message}\") has prevented the request from succeeding"));
        }
    }

    private Task DispatchAsync(ApiRequest request)
    {
        var method = request.Context.Request.Method;
        var info = request.Info;
        var sub = info.Subresource;
        if (sub is null && !request.Definition.Verbs.Contains(Verb(method, info.Name is null, request.QueryFlag("watch"))))
        {
            throw MethodNotSupported();
        }

        if (method is "POST" or "PUT" or "PATCH" or "DELETE")
        {
            // Options are validated before anything is read or written.
            _ = request.DryRun;
        }

        if (info.Name is null)
        {
            return method switch
            {
                "GET" when request.QueryFlag("watch") => WatchAsync(request),
                "GET" => ListAsync(request),
                "POST" => CreateAsync(request),
                "DELETE" => DeleteCollectionAsync(request),
                _ => throw MethodNotSupported(),
            };
        }

        if (sub is null || (sub == "status" && request.Definition.HasStatus))
        {
            return method switch
            {
                "GET" => GetAsync(request),
                "PUT" => UpdateAsync(request),
                "PATCH" => PatchAsync(request),
                "DELETE" when sub is null => DeleteAsync(request),
                "POST" when sub is null => throw MethodNotSupported(),
                _ => throw MethodNotSupported(),
            };
        }

        if (sub == "scale" && request.Definition.Scale is not null)
        {
            return method switch
            {
                "GET" => GetScaleAsync(request),
                "PUT" => UpdateScaleAsync(request),
                "PATCH" => PatchScaleAsync(request),
                _ => throw MethodNotSupported(),
            };
        }

        if (SubresourceHandlers.TryGetValue((request.Definition.QualifiedResource, sub!), out var handler))
        {
            return handler(request);
        }

        throw ApiException.ResourceNotFound();
    }

    /// <summary>The Kubernetes verb of a request on a collection or one object.</summary>
    private static string Verb(string method, bool collection, bool watch) => (method, collection) switch
    {
        ("GET", _) when watch => "watch",
        ("GET", true) => "list",
        ("GET", false) => "get",
        ("POST", _) => "create",
        ("PUT", _) => "update",
        ("PATCH", _) => "patch",
        ("DELETE", true) => "deletecollection",
        ("DELETE", false) => "delete",
        _ => method.ToLowerInvariant(),
    };

    /// <summary>Extra subresources (e.g. clusters/proxy) contributed by the host.</summary>
    public Dictionary<(string Resource, string Subresource), Func<ApiRequest, Task>> SubresourceHandlers { get; } = [];

    private static ApiException MethodNotSupported() => ApiException.MethodNotAllowed();

    private async Task DiscoveryAsync(HttpContext context, bool core, Func<System.Text.Json.Nodes.JsonObject> legacy)
    {
        if (AcceptHeader.AggregatedDiscovery(context.Request.Headers.Accept.ToString()) is { } version)
        {
            var document = DiscoveryDocuments.Aggregated(catalog, core, $"apidiscovery.k8s.io/{version}");
            await ResponseWriter.WriteJsonAsync(context, 200, document, $"application/json;g=apidiscovery.k8s.io;v={version};as=APIGroupDiscoveryList");
            return;
        }

        await ResponseWriter.WriteJsonAsync(context, 200, legacy());
    }

    private static async Task NotFoundPageAsync(HttpContext context)
    {
        context.Response.StatusCode = 404;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("404 page not found\n");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogUnexpected(ILogger logger, string method, string path, Exception exception);
}
