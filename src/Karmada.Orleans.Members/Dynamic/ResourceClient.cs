using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Mapping;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Rest;
using Karmada.Orleans.Members.Watch;

namespace Karmada.Orleans.Members.Dynamic;

/// <summary>
/// Dynamic access to one resource, optionally in one namespace (client-go's dynamic ResourceInterface):
/// objects are <see cref="JsonObject"/>s as the server sends them.
/// </summary>
public sealed class ResourceClient
{
    private readonly KubernetesRestClient _rest;

    /// <param name="rest">The cluster's REST client.</param>
    /// <param name="resource">The resource (plural).</param>
    /// <param name="namespace">The namespace; null for all namespaces (list/watch) or cluster-scoped resources.</param>
    /// <param name="scope">When known (from the REST mapper), a cluster-scoped resource ignores namespaces.</param>
    public ResourceClient(KubernetesRestClient rest, GroupVersionResource resource, string? @namespace = null, ResourceScope? scope = null)
    {
        _rest = rest;
        Resource = resource;
        Scope = scope;
        NamespaceName = string.IsNullOrEmpty(@namespace) || scope == ResourceScope.Cluster ? null : @namespace;
    }

    public GroupVersionResource Resource { get; }

    /// <summary>The cluster name used in error messages.</summary>
    public string Cluster => _rest.Cluster;

    /// <summary>The resource's scope when known.</summary>
    public ResourceScope? Scope { get; }

    /// <summary>The namespace requests go to; null for cluster-scoped resources or all namespaces (list/watch).</summary>
    public string? NamespaceName { get; }

    /// <summary>The same resource in a namespace.</summary>
    public ResourceClient Namespace(string @namespace) => new(_rest, Resource, @namespace, Scope);

    public async Task<JsonObject> GetAsync(string name, CancellationToken cancellationToken = default) =>
        await _rest.SendForObjectAsync(HttpMethod.Get, ResourcePath.For(Resource, NamespaceName, name), null, cancellationToken);

    /// <summary>The object, or null when it does not exist.</summary>
    public async Task<JsonObject?> TryGetAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            return await GetAsync(name, cancellationToken);
        }
        catch (KubernetesNotFoundException)
        {
            return null;
        }
    }

    /// <summary>One page; items get the list's apiVersion and kind filled in (the server omits them).</summary>
    public async Task<ResourceList> ListAsync(ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = ResourcePath.For(Resource, NamespaceName) + (options ?? new ListOptions()).ToQuery();
        var list = await _rest.SendForObjectAsync(HttpMethod.Get, path, null, cancellationToken);
        return ToResourceList(list);
    }

    /// <summary>
    /// All pages joined (limit/continue). When the continue token expires (410) mid-way, falls back to one
    /// unpaged list, as client-go's pager does, so the result is one consistent snapshot.
    /// </summary>
    public async Task<ResourceList> ListAllAsync(ListOptions? options = null, long pageSize = 500, CancellationToken cancellationToken = default)
    {
        options ??= new ListOptions();
        var items = new List<JsonObject>();
        var page = await ListAsync(options with { Limit = pageSize, Continue = null }, cancellationToken);
        var first = page;
        items.AddRange(page.Items);
        while (!string.IsNullOrEmpty(page.Continue))
        {
            try
            {
                page = await ListAsync(options with { Limit = pageSize, Continue = page.Continue, ResourceVersion = null, ResourceVersionMatch = null }, cancellationToken);
            }
            catch (KubernetesGoneException)
            {
                return await ListAsync(options with { Limit = null, Continue = null }, cancellationToken);
            }

            items.AddRange(page.Items);
        }

        return first with { Continue = null, RemainingItemCount = null, Items = items };
    }

    /// <summary>
    /// Every item of every page, mapped by <paramref name="select"/> while its page is read as a read-only document
    /// (no mutable objects): for scans of many objects that need a few fields of each. The element is valid only
    /// during the call. An expired continue token (410) starts again with one unpaged list, as <see cref="ListAllAsync(ListOptions?, long, CancellationToken)"/> does.
    /// </summary>
    public async Task<List<T>> ListAllAsync<T>(Func<JsonElement, T> select, ListOptions? options = null, long pageSize = 500, CancellationToken cancellationToken = default)
    {
        options ??= new ListOptions();
        var results = new List<T>();
        var next = await ReadPageAsync(options with { Limit = pageSize, Continue = null }, select, results, cancellationToken);
        while (!string.IsNullOrEmpty(next))
        {
            try
            {
                next = await ReadPageAsync(options with { Limit = pageSize, Continue = next, ResourceVersion = null, ResourceVersionMatch = null }, select, results, cancellationToken);
            }
            catch (KubernetesGoneException)
            {
                results.Clear();
                await ReadPageAsync(options with { Limit = null, Continue = null }, select, results, cancellationToken);
                return results;
            }
        }

        return results;
    }

    /// <summary>Reads one page into <paramref name="results"/>; returns its continue token.</summary>
    private async Task<string?> ReadPageAsync<T>(ListOptions options, Func<JsonElement, T> select, List<T> results, CancellationToken cancellationToken)
    {
        using var page = await _rest.SendForDocumentAsync(HttpMethod.Get, ResourcePath.For(Resource, NamespaceName) + options.ToQuery(), null, cancellationToken);
        var root = page.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    results.Add(select(item));
                }
            }
        }

        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("continue", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
    }

    /// <summary>Streams the items of all pages without holding them all.</summary>
    public async IAsyncEnumerable<JsonObject> EnumerateAsync(ListOptions? options = null, long pageSize = 500, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new ListOptions();
        string? next = null;
        do
        {
            var page = await ListAsync(options with { Limit = pageSize, Continue = next }, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            next = page.Continue;
            options = options with { ResourceVersion = null, ResourceVersionMatch = null };
        }
        while (!string.IsNullOrEmpty(next));
    }

    public async Task<JsonObject> CreateAsync(JsonObject obj, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
        await _rest.SendForObjectAsync(HttpMethod.Post, CreatePath(obj, options), RequestBody.FromJson(obj), cancellationToken);

    /// <summary>Creates the object without reading back what the server stored (one JSON parse fewer when only success matters).</summary>
    public async Task CreateDiscardingResultAsync(JsonObject obj, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
        await _rest.SendDiscardingAnswerAsync(HttpMethod.Post, CreatePath(obj, options), RequestBody.FromJson(obj), cancellationToken);

    private string CreatePath(JsonObject obj, WriteOptions? options) => ResourcePath.For(Resource, NamespaceFor(obj)) + (options ?? new WriteOptions()).ToQuery();

    /// <summary>Replaces the object (PUT). A stale metadata.resourceVersion fails with <see cref="KubernetesConflictException"/>.</summary>
    public Task<JsonObject> UpdateAsync(JsonObject obj, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
        PutAsync(obj, null, options, cancellationToken);

    /// <summary>Replaces the object's status (PUT …/status).</summary>
    public Task<JsonObject> UpdateStatusAsync(JsonObject obj, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
        PutAsync(obj, "status", options, cancellationToken);

    public async Task<JsonObject> PatchAsync(string name, PatchType type, JsonNode patch, WriteOptions? options = null, string? subresource = null, CancellationToken cancellationToken = default)
    {
        if (type == PatchType.Json && patch is not JsonArray)
        {
            throw new ArgumentException("a JSON patch is a list of operations", nameof(patch));
        }

        var path = ResourcePath.For(Resource, NamespaceName, name, subresource) + (options ?? new WriteOptions()).ToQuery();
        return await _rest.SendForObjectAsync(HttpMethod.Patch, path, RequestBody.FromJson(patch, type.ToMediaType()), cancellationToken);
    }

    /// <summary>
    /// Server-side apply (PATCH with <c>application/apply-patch+yaml</c>): creates the object or merges the fields
    /// <paramref name="obj"/> sets, owned by the field manager. A field owned by another manager fails with
    /// <see cref="KubernetesConflictException"/> (causes name the fields) unless <see cref="ApplyOptions.Force"/>.
    /// </summary>
    public async Task<JsonObject> ApplyAsync(JsonObject obj, ApplyOptions options, string? subresource = null, CancellationToken cancellationToken = default)
    {
        var name = NameOf(obj);
        var path = ResourcePath.For(Resource, NamespaceFor(obj), name, subresource) + options.ToQuery();
        return await _rest.SendForObjectAsync(HttpMethod.Patch, path, RequestBody.FromJson(obj, MediaTypes.ApplyPatch), cancellationToken);
    }

    /// <summary>
    /// Deletes the object. Answers the object when it lingers (finalizers, foreground deletion) or the
    /// server's Status; unmet preconditions fail with <see cref="KubernetesConflictException"/>.
    /// </summary>
    public async Task<JsonObject> DeleteAsync(string name, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var body = RequestBody.FromJson((options ?? new DeleteOptions()).ToJson());
        return await _rest.SendForObjectAsync(HttpMethod.Delete, ResourcePath.For(Resource, NamespaceName, name), body, cancellationToken);
    }

    /// <summary>Deletes every object matching the selectors (deletecollection).</summary>
    public async Task<JsonObject> DeleteCollectionAsync(ListOptions? selection = null, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var body = RequestBody.FromJson((options ?? new DeleteOptions()).ToJson());
        var path = ResourcePath.For(Resource, NamespaceName) + (selection ?? new ListOptions()).ToQuery();
        return await _rest.SendForObjectAsync(HttpMethod.Delete, path, body, cancellationToken);
    }

    /// <summary>GET of a subresource such as <c>status</c> or <c>scale</c>.</summary>
    public async Task<JsonObject> GetSubresourceAsync(string name, string subresource, CancellationToken cancellationToken = default) =>
        await _rest.SendForObjectAsync(HttpMethod.Get, ResourcePath.For(Resource, NamespaceName, name, subresource), null, cancellationToken);

    /// <summary>PUT of a subresource; the body is the subresource's kind (e.g. autoscaling/v1 Scale).</summary>
    public async Task<JsonObject> UpdateSubresourceAsync(string name, string subresource, JsonObject obj, WriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = ResourcePath.For(Resource, NamespaceName, name, subresource) + (options ?? new WriteOptions()).ToQuery();
        return await _rest.SendForObjectAsync(HttpMethod.Put, path, RequestBody.FromJson(obj), cancellationToken);
    }

    /// <summary>The object's autoscaling/v1 Scale.</summary>
    public Task<JsonObject> GetScaleAsync(string name, CancellationToken cancellationToken = default) =>
        GetSubresourceAsync(name, "scale", cancellationToken);

    /// <summary>Sets spec.replicas through the scale subresource; answers the new Scale.</summary>
    public Task<JsonObject> ScaleAsync(string name, int replicas, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
        PatchAsync(name, PatchType.Merge, new JsonObject { ["spec"] = new JsonObject { ["replicas"] = replicas } }, options, "scale", cancellationToken);

    /// <summary>
    /// Watches the resource (<c>?watch=true</c>), yielding events as the server streams them. The sequence ends
    /// when the server closes the watch; ERROR events (e.g. 410 Gone) are yielded, not thrown. Connection
    /// failures surface as <see cref="KubernetesTransportException"/>.
    /// </summary>
    public async IAsyncEnumerable<WatchEvent> WatchAsync(WatchOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var path = ResourcePath.For(Resource, NamespaceName) + (options ?? new WatchOptions()).ToQuery();
        using var response = await _rest.OpenStreamAsync(path, cancellationToken);
        await using var enumerator = WatchEnumerator(response, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw _rest.TranslateStreamFailure(e, path, cancellationToken);
            }

            yield return enumerator.Current;
        }
    }

    private static async IAsyncEnumerable<WatchEvent> WatchEnumerator(HttpResponseMessage response, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var watchEvent in WatchStreamReader.ReadAsync(stream, cancellationToken))
        {
            yield return watchEvent;
        }
    }

    private async Task<JsonObject> PutAsync(JsonObject obj, string? subresource, WriteOptions? options, CancellationToken cancellationToken)
    {
        var path = ResourcePath.For(Resource, NamespaceFor(obj), NameOf(obj), subresource) + (options ?? new WriteOptions()).ToQuery();
        return await _rest.SendForObjectAsync(HttpMethod.Put, path, RequestBody.FromJson(obj), cancellationToken);
    }

    private string? NamespaceFor(JsonObject obj)
    {
        if (Scope == ResourceScope.Cluster)
        {
            return null;
        }

        var objectNamespace = obj.GetNamespace();
        if (NamespaceName is not null && !string.IsNullOrEmpty(objectNamespace) && objectNamespace != NamespaceName)
        {
            throw new ArgumentException($"{obj.Describe()} is in namespace \"{objectNamespace}\" but this client writes to \"{NamespaceName}\"");
        }

        return NamespaceName ?? (string.IsNullOrEmpty(objectNamespace) ? null : objectNamespace);
    }

    private static string NameOf(JsonObject obj)
    {
        var name = obj.GetName();
        return string.IsNullOrEmpty(name) ? throw new ArgumentException($"{obj.Describe()}: metadata.name is required") : name;
    }

    private static ResourceList ToResourceList(JsonObject list)
    {
        var apiVersion = list.GetApiVersion();
        var listKind = list.GetKind();
        var itemKind = listKind is not null && listKind.EndsWith("List", StringComparison.Ordinal) ? listKind[..^4] : null;
        var items = new List<JsonObject>();
        if (list["items"] is JsonArray array)
        {
            foreach (var node in array)
            {
                if (node is not JsonObject item)
                {
                    continue;
                }

                if (item["apiVersion"] is null && apiVersion is not null)
                {
                    item["apiVersion"] = apiVersion;
                }

                if (item["kind"] is null && itemKind is not null)
                {
                    item["kind"] = itemKind;
                }

                items.Add(item);
            }

            array.Clear();
        }

        var metadata = list.GetMetadata();
        return new ResourceList(
            apiVersion,
            listKind,
            metadata?["resourceVersion"]?.GetValue<string>() ?? "",
            metadata?["continue"]?.GetValue<string>() is { Length: > 0 } token ? token : null,
            metadata?["remainingItemCount"] is JsonValue remaining && remaining.TryGetValue<long>(out var count) ? count : null,
            items);
    }
}
