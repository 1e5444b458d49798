using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Mapping;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Rest;

namespace Karmada.Orleans.Members.Dynamic;

/// <summary>Dynamic access to any resource of a cluster, addressed by resource or (through the REST mapper) by kind.</summary>
public sealed class DynamicClient
{
    private readonly KubernetesRestClient _rest;
    private readonly RestMapper _mapper;

    public DynamicClient(KubernetesRestClient rest, RestMapper mapper)
    {
        _rest = rest;
        _mapper = mapper;
    }

    /// <summary>A resource whose plural name is known; call <see cref="ResourceClient.Namespace"/> for namespaced work.</summary>
    public ResourceClient Resource(GroupVersionResource resource) => new(_rest, resource);

    /// <summary>The resource serving a kind; <paramref name="namespace"/> is ignored for cluster-scoped kinds.</summary>
    public async Task<ResourceClient> ForKindAsync(GroupVersionKind kind, string? @namespace = null, CancellationToken cancellationToken = default)
    {
        var mapping = await _mapper.GetMappingAsync(kind, cancellationToken);
        return new ResourceClient(_rest, mapping.Resource, @namespace, mapping.Scope);
    }

    /// <summary>
    /// The resource client for an object's apiVersion and kind, in the object's namespace, else
    /// <paramref name="defaultNamespace"/> (else the context's namespace) when the kind is namespaced.
    /// </summary>
    public async Task<ResourceClient> ForObjectAsync(JsonObject obj, string? defaultNamespace = null, CancellationToken cancellationToken = default)
    {
        var mapping = await _mapper.GetMappingAsync(obj.GetGroupVersionKind(), cancellationToken);
        var ns = obj.GetNamespace();
        if (string.IsNullOrEmpty(ns))
        {
            ns = defaultNamespace ?? _rest.Config.Namespace;
        }

        return new ResourceClient(_rest, mapping.Resource, ns, mapping.Scope);
    }

    /// <summary>Server-side applies any manifest (the way Karmada's execution controller writes Work manifests).</summary>
    public async Task<JsonObject> ApplyAsync(JsonObject obj, ApplyOptions options, CancellationToken cancellationToken = default)
    {
        var resource = await ForObjectAsync(obj, cancellationToken: cancellationToken);
        return await resource.ApplyAsync(obj, options, cancellationToken: cancellationToken);
    }
}
