using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Karmada.Orleans.Remote;

namespace Karmada.Orleans.Client;

/// <summary>
/// Typed grain references to a silo over the network. Calls go to the silo gateway as HTTP/2
/// requests multiplexed over one connection; exceptions come back with their type and message.
/// </summary>
public sealed class ClusterClient : IGrainFactory, IDisposable
{
    private readonly HttpClient _http;

    private ClusterClient(GrainClientOptions options)
    {
        Options = options;
        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        _http = new HttpClient(handler)
        {
            BaseAddress = options.Gateway,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = options.Gateway.Scheme == Uri.UriSchemeHttps ? HttpVersionPolicy.RequestVersionOrLower : HttpVersionPolicy.RequestVersionExact,
            Timeout = options.ResponseTimeout,
        };
        if (options.Token is { } token)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public GrainClientOptions Options { get; }

    /// <summary>Connects to a silo gateway and checks that it answers.</summary>
    public static async Task<ClusterClient> ConnectAsync(GrainClientOptions options, CancellationToken cancellationToken = default)
    {
        var client = new ClusterClient(options);
        try
        {
            using var response = await client._http.GetAsync(GatewayPaths.Ping, cancellationToken);
            response.EnsureSuccessStatusCode();
            return client;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            client.Dispose();
            throw new InvalidOperationException($"Cannot reach the silo gateway at {options.Gateway}: {ex.Message}", ex);
        }
    }

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey =>
        RemoteGrainProxy.Create<TGrainInterface>(this, key);

    internal async Task<GrainCallResponse> CallAsync(GrainCallRequest request)
    {
        try
        {
            using var response = await _http.PostAsJsonAsync(GatewayPaths.Call, request, GrainJson.Options);
            var body = await response.Content.ReadFromJsonAsync<GrainCallResponse>(GrainJson.Options);
            return body ?? throw new InvalidOperationException($"The silo answered {(int)response.StatusCode} with an empty body.");
        }
        catch (TaskCanceledException ex)
        {
            throw new TimeoutException($"{request.Interface}.{request.Method} on '{request.Key}' did not answer within {Options.ResponseTimeout}.", ex);
        }
    }

    public void Dispose() => _http.Dispose();
}
