using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer;
using Karmada.Orleans.ApiServer.Handlers;
using Karmada.Orleans.ApiServer.Hosting;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.OpenApi;
using Karmada.Orleans.MemberSim.Faults;
using Karmada.Orleans.MemberSim.Hosting;
using Karmada.Orleans.MemberSim.Simulation;
using Karmada.Orleans.Storage;
using Karmada.Orleans.Storage.Memory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.MemberSim;

/// <summary>
/// One simulated member cluster: the project's Kubernetes API over its own in-memory store, served
/// under /clusters/NAME of the simulator's listener with its own token, the simulation loop that
/// plays controllers and kubelets, and the fault currently injected.
/// </summary>
public sealed class SimulatedCluster : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly KubernetesApi _api;
    private readonly OpenApiDocuments _openApi;
    private readonly IReadOnlyList<IHostedService> _hosted;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private CancellationTokenSource _connections = new();
    private ClusterFault _fault = ClusterFault.None;
    private readonly ApiActivity _activity;

    private SimulatedCluster(string name, int index, Uri server, string token, ServiceProvider services, ApiActivity activity)
    {
        _activity = activity;
        Name = name;
        Index = index;
        Server = server;
        Token = token;
        _services = services;
        Store = services.GetRequiredService<IObjectStore>();
        _api = services.GetRequiredService<KubernetesApi>();
        _openApi = services.GetRequiredService<OpenApiDocuments>();
        _hosted = services.GetServices<IHostedService>().ToList();
    }

    public string Name { get; }

    public int Index { get; }

    /// <summary>The API's address, e.g. https://127.0.0.1:7443/clusters/member1.</summary>
    public Uri Server { get; }

    public string Token { get; }

    public string Region { get; private init; } = "";

    public IReadOnlyList<string> Zones { get; private init; } = [];

    public string? KubeconfigPath { get; internal set; }

    /// <summary>The cluster's state, for tests that look underneath the API.</summary>
    public IObjectStore Store { get; }

    public ClusterFault Fault
    {
        get => Volatile.Read(ref _fault);
        set
        {
            Volatile.Write(ref _fault, value);
            if (value.Mode != FaultMode.None)
            {
                // Open connections (watches) break as a real outage would break them.
                var previous = Interlocked.Exchange(ref _connections, new CancellationTokenSource());
                previous.Cancel();
            }
        }
    }

    internal static async Task<SimulatedCluster> StartAsync(string name, int index, Uri server, string token, SimulatorOptions options, ApiActivity activity, ILoggerFactory loggers, TimeProvider time, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(time);
        services.AddSingleton<IObjectStore>(new MemoryObjectStore(new ObjectStoreOptions { RecentEventCapacity = options.WatchCacheSize }, time) { HistoryLimit = options.HistoryLimit });
        services.AddKubernetesApi(
            api => api.ServerAddress = $"{server.Host}:{server.Port}",
            catalog =>
            {
                catalog.Add(MetricsResources.PodMetrics);
                catalog.Add(MetricsResources.NodeMetrics);
            });
        var region = options.Regions.Count == 0 ? "region-1" : options.Regions[(index - 1) % options.Regions.Count];
        var zones = Enumerable.Range(0, Math.Max(1, options.ZonesPerCluster)).Select(z => $"{region}-{(char)('a' + z)}").ToList();
        var cluster = new SimulatedCluster(name, index, server, token, services.BuildServiceProvider(), activity) { Region = region, Zones = zones };
        foreach (var hosted in cluster._hosted)
        {
            await hosted.StartAsync(cancellationToken);
        }

        var now = time.GetUtcNow();
        for (var i = 0; i < options.Nodes.Count; i++)
        {
            var nodeName = $"{name}-node-{i}";
            var node = NodeFactory.Create(nodeName, options.Nodes, region, zones[i % zones.Count], ServerVersion.GitVersion, i, now);
            await cluster.Store.CreateAsync(new ResourceKey(SimulatedResources.Nodes, "", nodeName), node, cancellationToken);
        }

        var settings = new SimulationSettings
        {
            ReadyDelay = options.ReadyDelay,
            DefaultCpuLoad = options.DefaultCpuLoad,
            ClusterIndex = index,
            ApiQuietPeriod = options.ApiQuietPeriod,
            MaxControllerWait = options.MaxControllerWait,
        };
        var simulation = new ClusterSimulation(cluster.Store, settings, activity, time, loggers.CreateLogger($"MemberSim.{name}"));
        cluster._loop = Task.Run(() => simulation.RunAsync(cluster._stop.Token), CancellationToken.None);
        return cluster;
    }

    /// <summary>Serves one request whose path has had /clusters/NAME removed.</summary>
    internal async Task HandleAsync(HttpContext context, string path)
    {
        // Registered before the fault is read: a fault set in between either finds this request
        // registered (and aborts it) or is seen below. Read the other way round, a watch opened
        // while the fault was being set could outlive the outage.
        using var outage = Volatile.Read(ref _connections).Token.Register(context.Abort);
        var fault = Fault;
        switch (fault.Mode)
        {
            case FaultMode.Unreachable:
                context.Abort();
                return;
            case FaultMode.Slow:
                await Task.Delay(fault.Delay, context.RequestAborted);
                break;
            case FaultMode.Error:
                await StatusWriter.WriteAsync(context, new ApiException(fault.StatusCode, fault.StatusCode == 503 ? "ServiceUnavailable" : "InternalError", $"the server is currently unable to handle the request (fault injected into simulated cluster {Name})"));
                return;
        }

        if (path is "/healthz" or "/livez" or "/readyz")
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("ok");
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header["Bearer ".Length..].Trim() != Token)
        {
            await StatusWriter.WriteAsync(context, ApiException.Unauthorized());
            return;
        }

        context.Request.PathBase = context.Request.PathBase.Add(new PathString("/clusters/" + Name));
        context.Request.Path = new PathString(path);
        if (path == "/version")
        {
            await ResponseWriter.WriteJsonAsync(context, 200, ServerVersion.ToJson());
        }
        else if (path.StartsWith("/openapi/", StringComparison.Ordinal))
        {
            await OpenApiEndpoints.ServeAsync(context, _openApi, path);
        }
        else if (path == "/api" || path == "/apis" || path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/apis/", StringComparison.Ordinal))
        {
            _activity.Requested();
            await _api.HandleAsync(context);
        }
        else
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("404 page not found\n");
        }
    }

    /// <summary>Counts for the admin listing.</summary>
    internal async Task<JsonObject> DescribeAsync(CancellationToken cancellationToken)
    {
        async Task<int> Count(string resource) => (await Store.ListAsync(resource, new ListOptions(), cancellationToken)).Items.Count;
        return new JsonObject
        {
            ["name"] = Name,
            ["server"] = Server.ToString(),
            ["kubeconfig"] = KubeconfigPath,
            ["region"] = Region,
            ["zones"] = new JsonArray(Zones.Select(z => (JsonNode?)z).ToArray()),
            ["fault"] = Fault.Mode.ToString(),
            ["nodes"] = await Count(SimulatedResources.Nodes),
            ["pods"] = await Count(SimulatedResources.Pods),
            ["deployments"] = await Count(SimulatedResources.Deployments),
        };
    }

    /// <summary>Ends every open request (watches included) and any that arrives from now on: the server is going away.</summary>
    internal void AbortRequests() => Volatile.Read(ref _connections).Cancel();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        await Store.DisposeAsync();
        _stop.Dispose();
    }
}
