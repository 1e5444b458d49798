using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Discovery;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Mapping;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Rest;
using Karmada.Orleans.Members.Watch;

namespace Karmada.Orleans.Members;

/// <summary>
/// Everything needed to work with one member cluster: one connection pool and rate limit, discovery, the REST
/// mapper, dynamic access to any resource, and informers. Create one per cluster and keep it.
/// </summary>
public sealed class KubernetesClusterClient : IDisposable
{
    private readonly TimeProvider _time;

    /// <param name="config">Where and how to connect.</param>
    /// <param name="timeProvider">Clock for rate limiting, retries and backoff.</param>
    /// <param name="handler">Replaces the HTTP transport (tests); not disposed by the client.</param>
    public KubernetesClusterClient(RestConfig config, TimeProvider? timeProvider = null, HttpMessageHandler? handler = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        Rest = new KubernetesRestClient(config, _time, handler);
        Discovery = new DiscoveryClient(Rest);
        Mapper = new RestMapper(Discovery, config.ClusterName);
        Dynamic = new DynamicClient(Rest, Mapper);
    }

    /// <summary>A client for a kubeconfig file's context (current-context unless <paramref name="context"/> is given).</summary>
    public static KubernetesClusterClient FromKubeConfigFile(string path, string? context = null) =>
        new(KubeConfigLoader.LoadFile(path).ToRestConfig(context));

    /// <summary>A client for kubeconfig text (e.g. from a Secret); relative paths resolve against <paramref name="baseDirectory"/>.</summary>
    public static KubernetesClusterClient FromKubeConfig(string kubeConfig, string? context = null, string? baseDirectory = null) =>
        new(KubeConfigLoader.LoadString(kubeConfig, baseDirectory).ToRestConfig(context));

    public RestConfig Config => Rest.Config;

    public KubernetesRestClient Rest { get; }

    public DiscoveryClient Discovery { get; }

    public RestMapper Mapper { get; }

    public DynamicClient Dynamic { get; }

    /// <summary>Shorthand for <c>Dynamic.Resource(resource)</c>.</summary>
    public ResourceClient Resource(GroupVersionResource resource) => Dynamic.Resource(resource);

    /// <summary>An informer over a resource (all namespaces unless the resource client has one).</summary>
    public ResourceInformer CreateInformer(ResourceClient resource, InformerOptions? options = null) => new(resource, options, _time);

    public void Dispose() => Rest.Dispose();
}
