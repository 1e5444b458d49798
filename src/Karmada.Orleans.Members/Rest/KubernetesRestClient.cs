using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Transport;

namespace Karmada.Orleans.Members.Rest;

/// <summary>
/// Sends requests to one API server: authentication, client-side QPS/burst, per-request timeout, Retry-After
/// retries, and translation of failures into <see cref="KubernetesApiException"/> (the server said no) or
/// <see cref="KubernetesTransportException"/> (no answer).
/// </summary>
public sealed class KubernetesRestClient : IDisposable
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(10);
    private readonly HttpClient _http;
    private readonly TokenBucket _rateLimiter;
    private readonly BearerTokenSource _token;
    private readonly ServerCertificateValidator _validator;
    private readonly TimeProvider _time;
    private readonly AuthenticationHeaderValue? _basic;

    /// <param name="config">Where and how to connect.</param>
    /// <param name="timeProvider">Clock for rate limiting and retries.</param>
    /// <param name="handler">Replaces the transport (tests); the client does not dispose it.</param>
    public KubernetesRestClient(RestConfig config, TimeProvider? timeProvider = null, HttpMessageHandler? handler = null)
    {
        Config = config;
        _time = timeProvider ?? TimeProvider.System;
        _validator = new ServerCertificateValidator(config.CertificateAuthorities, config.TlsServerName, config.InsecureSkipTlsVerify);
        _http = handler is null
            ? new HttpClient(ClusterHttpHandler.Create(config, _validator), disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", config.UserAgent);
        _rateLimiter = new TokenBucket(config.Qps, config.Burst, _time);
        _token = new BearerTokenSource(config.BearerToken, config.BearerTokenFile, _time);
        if (config.Username is not null)
        {
            _basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{config.Username}:{config.Password}")));
        }
    }

    public RestConfig Config { get; }

    public string Cluster => Config.ClusterName;

    /// <summary>Sends a request and parses the JSON answer (null for an empty body).</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string pathAndQuery, RequestBody? body, CancellationToken cancellationToken)
    {
        var bytes = await SendForBytesAsync(method, pathAndQuery, body, cancellationToken);
        return bytes.Length == 0 ? null : ParseAnswer(bytes, method, pathAndQuery, static b => JsonNode.Parse(b));
    }

    /// <summary>Sends a request that must succeed; its answer is read to the end but not parsed (the caller has no use for it).</summary>
    public Task SendDiscardingAnswerAsync(HttpMethod method, string pathAndQuery, RequestBody? body, CancellationToken cancellationToken) =>
        SendAndReadAsync(method, pathAndQuery, body, async (content, token) =>
        {
            await content.CopyToAsync(Stream.Null, token);
            return true;
        }, cancellationToken);

    /// <summary>Sends a request and reads its answer as a read-only document (the caller disposes it): cheaper than nodes when only a few fields are read.</summary>
    public async Task<JsonDocument> SendForDocumentAsync(HttpMethod method, string pathAndQuery, RequestBody? body, CancellationToken cancellationToken)
    {
        var bytes = await SendForBytesAsync(method, pathAndQuery, body, cancellationToken);
        return ParseAnswer(bytes, method, pathAndQuery, static b => JsonDocument.Parse(b));
    }

    /// <summary>Parses an answer, reporting one that is not JSON with the request it answered.</summary>
    private T ParseAnswer<T>(byte[] bytes, HttpMethod method, string pathAndQuery, Func<byte[], T> parse)
    {
        try
        {
            return parse(bytes);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"cluster \"{Cluster}\": {method} {pathAndQuery}: the response is not JSON: {e.Message}", e);
        }
    }

    /// <summary>Sends a request whose answer must be a JSON object (an object, list or Status).</summary>
    public async Task<JsonObject> SendForObjectAsync(HttpMethod method, string pathAndQuery, RequestBody? body, CancellationToken cancellationToken)
    {
        var node = await SendAsync(method, pathAndQuery, body, cancellationToken);
        return node as JsonObject
            ?? throw new InvalidDataException($"cluster \"{Cluster}\": {method} {pathAndQuery}: expected a JSON object in the response");
    }

    /// <summary>GET a typed document (discovery, version).</summary>
    public async Task<T> GetAsync<T>(string pathAndQuery, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var bytes = await SendForBytesAsync(HttpMethod.Get, pathAndQuery, null, cancellationToken);
        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo)
                ?? throw new InvalidDataException($"cluster \"{Cluster}\": GET {pathAndQuery}: empty response");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"cluster \"{Cluster}\": GET {pathAndQuery}: unexpected response: {e.Message}", e);
        }
    }

    /// <summary>GET a plain-text endpoint such as <c>/readyz</c> or <c>/healthz</c>.</summary>
    public async Task<string> GetStringAsync(string pathAndQuery, CancellationToken cancellationToken) =>
        Encoding.UTF8.GetString(await SendForBytesAsync(HttpMethod.Get, pathAndQuery, null, cancellationToken));

    /// <summary>
    /// Starts a streaming GET (watch). The timeout covers only the wait for the response headers; the caller owns
    /// the returned response and reads its body for as long as it likes.
    /// </summary>
    public async Task<HttpResponseMessage> OpenStreamAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        try
        {
            var (response, timeout) = await SendWithRetriesAsync(HttpMethod.Get, pathAndQuery, null, cancellationToken);
            timeout.Dispose();
            return response;
        }
        catch (Exception e) when (TryTranslate(e, HttpMethod.Get, pathAndQuery, cancellationToken, out var translated))
        {
            throw translated;
        }
    }

    /// <summary>
    /// Sends a request as given and returns the member's answer whatever its status, headers read and body
    /// unread: what a proxy to the member needs. Transport failures still raise transport errors.
    /// </summary>
    public async Task<HttpResponseMessage> ProxyAsync(HttpMethod method, string pathAndQuery, HttpContent? content, string? accept, CancellationToken cancellationToken)
    {
        try
        {
            await _rateLimiter.AcquireAsync(cancellationToken);
            var request = CreateRequest(method, RequestUri.Build(Config.Server, pathAndQuery), null);
            request.Content = content;
            if (!string.IsNullOrEmpty(accept))
            {
                request.Headers.Accept.Clear();
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception e) when (TryTranslate(e, method, pathAndQuery, cancellationToken, out var translated))
        {
            throw translated;
        }
    }

    /// <summary>Maps a failure while reading a streamed body (a watch) to a transport error naming the cluster.</summary>
    public Exception TranslateStreamFailure(Exception failure, string pathAndQuery, CancellationToken cancellationToken) =>
        TryTranslate(failure, HttpMethod.Get, pathAndQuery, cancellationToken, out var translated) ? translated : failure;

    public void Dispose() => _http.Dispose();

    private Task<byte[]> SendForBytesAsync(HttpMethod method, string pathAndQuery, RequestBody? body, CancellationToken cancellationToken) =>
        SendAndReadAsync(method, pathAndQuery, body, (content, token) => content.ReadAsByteArrayAsync(token), cancellationToken);

    /// <summary>Sends a request that must succeed and reads its answer with <paramref name="read"/>, under the request's timeout.</summary>
    private async Task<T> SendAndReadAsync<T>(HttpMethod method, string pathAndQuery, RequestBody? body, Func<HttpContent, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            var (response, timeout) = await SendWithRetriesAsync(method, pathAndQuery, body, cancellationToken);
            using (timeout)
            using (response)
            {
                return await read(response.Content, timeout.Token);
            }
        }
        catch (Exception e) when (TryTranslate(e, method, pathAndQuery, cancellationToken, out var translated))
        {
            throw translated;
        }
    }

    /// <summary>Returns a 2xx response (headers read) with the timeout that still governs reading its body.</summary>
    private async Task<(HttpResponseMessage Response, CancellationTokenSource Timeout)> SendWithRetriesAsync(
        HttpMethod method, string pathAndQuery, RequestBody? body, CancellationToken cancellationToken)
    {
        var uri = RequestUri.Build(Config.Server, pathAndQuery);
        for (var attempt = 0; ; attempt++)
        {
            await _rateLimiter.AcquireAsync(cancellationToken);
            var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (Config.Timeout > TimeSpan.Zero)
            {
                timeout.CancelAfter(Config.Timeout);
            }

            HttpResponseMessage? response = null;
            try
            {
                using var request = CreateRequest(method, uri, body);
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    var success = (response, timeout);
                    response = null;
                    timeout = null!;
                    return success;
                }

                var errorBody = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                var retryAfter = RetryAfter(response);
                if (retryAfter is not null && attempt < Config.MaxRetries)
                {
                    await Task.Delay(retryAfter.Value, _time, cancellationToken);
                    continue;
                }

                var status = StatusParser.Parse((int)response.StatusCode, errorBody);
                throw KubernetesApiException.Create(status, Cluster, method.Method, pathAndQuery);
            }
            finally
            {
                response?.Dispose();
                timeout?.Dispose();
            }
        }
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, Uri uri, RequestBody? body)
    {
        var request = new HttpRequestMessage(method, uri)
        {
            Version = Config.DisableHttp2 ? HttpVersion.Version11 : HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Content = body?.ToHttpContent(),
        };
        request.Headers.Accept.ParseAdd(MediaTypes.Json);
        var token = _token.GetToken();
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (_basic is not null)
        {
            request.Headers.Authorization = _basic;
        }

        return request;
    }

    /// <summary>client-go retries 429 and 5xx answers only when the server says when (Retry-After).</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        if (code != 429 && code < 500)
        {
            return null;
        }

        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta > MaxRetryAfter ? MaxRetryAfter : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRetryAfter ? MaxRetryAfter : wait;
        }

        return null;
    }

    private bool TryTranslate(Exception failure, HttpMethod method, string pathAndQuery, CancellationToken cancellationToken, out Exception translated)
    {
        translated = failure;
        if (failure is KubernetesApiException or KubernetesTransportException || cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var request = $"{method} {pathAndQuery}";
        translated = failure switch
        {
            OperationCanceledException => Transport(TransportFailure.Timeout, $"no response to {request} within {Config.Timeout.TotalSeconds:0.#}s"),
            HttpRequestException http => FromHttpRequestException(http, request),
            IOException io => Transport(TransportFailure.ConnectionLost, $"{request}: {Describe(io)}", io),
            _ => failure,
        };
        return !ReferenceEquals(translated, failure);
    }

    private KubernetesTransportException FromHttpRequestException(HttpRequestException failure, string request)
    {
        var socket = Find<SocketException>(failure);
        var tls = Find<AuthenticationException>(failure);
        if (tls is not null || failure.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            var reason = _validator.LastFailure ?? tls?.Message ?? failure.Message;
            return Transport(TransportFailure.Tls, reason, failure);
        }

        var detail = Describe(failure);
        return failure.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => Transport(TransportFailure.NameResolution, $"{Config.Server.Host}: {detail}", failure),
            HttpRequestError.ProxyTunnelError => Transport(TransportFailure.Proxy, $"{Config.ProxyUrl}: {detail}", failure),
            HttpRequestError.ConnectionError when socket?.SocketErrorCode == SocketError.ConnectionRefused
                => Transport(TransportFailure.ConnectionRefused, $"nothing listens on {Config.Server.Authority}", failure),
            HttpRequestError.ConnectionError when socket?.SocketErrorCode == SocketError.TimedOut
                => Transport(TransportFailure.Timeout, $"connecting to {Config.Server.Authority}: {detail}", failure),
            HttpRequestError.ResponseEnded or HttpRequestError.HttpProtocolError or HttpRequestError.ConnectionError
                => Transport(TransportFailure.ConnectionLost, $"{request}: {detail}", failure),
            _ when Find<IOException>(failure) is not null
                => Transport(TransportFailure.ConnectionLost, $"{request}: {detail}", failure),
            _ => Transport(TransportFailure.Other, $"{request}: {detail}", failure),
        };
    }

    /// <summary>The informative messages of an exception chain, without HttpClient's generic wrapper text.</summary>
    private static string Describe(Exception failure)
    {
        var messages = new List<string>();
        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException && e.InnerException is not null && e.Message.StartsWith("An error occurred while sending the request", StringComparison.Ordinal))
            {
                continue;
            }

            if (!messages.Any(m => m.Contains(e.Message, StringComparison.Ordinal)))
            {
                messages.Add(e.Message);
            }
        }

        return string.Join(": ", messages);
    }

    private KubernetesTransportException Transport(TransportFailure failure, string detail, Exception? inner = null) =>
        new(failure, Cluster, Config.Server, detail, inner);

    private static T? Find<T>(Exception failure)
        where T : Exception
    {
        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
