using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.Members.Tests.Transport;

public sealed class TransportTests
{
    [Fact]
    public async Task Tls_with_the_kubeconfig_ca_and_a_token_speaks_http2()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Token = "s3cret" });
        using var client = KubernetesClusterClient.FromKubeConfig(server.KubeConfig(token: "s3cret"));

        var version = await client.Discovery.GetServerVersionAsync();

        Assert.Equal("v1.20.2", version.GitVersion);
        var request = Assert.Single(server.Requests);
        Assert.Equal("HTTP/2", request.Protocol);
        Assert.Equal("Bearer s3cret", request.Authorization);
        Assert.Equal("token-user", request.User);
    }

    [Fact]
    public async Task Falls_back_to_http11_when_the_server_offers_only_that()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Http1Only = true });
        using var client = server.CreateClient();

        await client.Discovery.GetServerVersionAsync();

        Assert.Equal("HTTP/1.1", Assert.Single(server.Requests).Protocol);
    }

    [Fact]
    public async Task Plain_http_servers_work()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Tls = false });
        using var client = server.CreateClient();

        Assert.Equal("ok", await client.Rest.GetStringAsync("/healthz", CancellationToken.None));
    }

    [Fact]
    public async Task A_server_certificate_from_another_ca_is_refused()
    {
        await using var server = await FakeApiServer.StartAsync();
        var rogue = TestPki.Create("some-other-ca");
        using var client = KubernetesClusterClient.FromKubeConfig(server.KubeConfig(caPem: rogue.CaPem), context: null);

        var error = await Assert.ThrowsAsync<KubernetesTransportException>(() => client.Discovery.GetServerVersionAsync());

        Assert.Equal(TransportFailure.Tls, error.Failure);
        Assert.Contains("cluster \"fake\" (" + server.Server, error.Message, StringComparison.Ordinal);
        Assert.Contains("TLS handshake failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("not signed by the configured certificate-authority", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Only_the_kubeconfig_ca_is_trusted_not_the_system_store()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = KubernetesClusterClient.FromKubeConfig(server.KubeConfig(withCa: false));

        var error = await Assert.ThrowsAsync<KubernetesTransportException>(() => client.Discovery.GetServerVersionAsync());

        Assert.Equal(TransportFailure.Tls, error.Failure);
        Assert.Contains("not trusted by the system store; set certificate-authority(-data)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insecure_skip_tls_verify_accepts_an_unknown_certificate()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = KubernetesClusterClient.FromKubeConfig(server.KubeConfig(withCa: false, insecure: true));

        Assert.Equal("1", (await client.Discovery.GetServerVersionAsync()).Major);
    }

    [Fact]
    public async Task Tls_server_name_checks_the_certificate_against_that_name()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { ServerNames = ["apiserver.internal.test"] });
        using var plain = KubernetesClusterClient.FromKubeConfig(server.KubeConfig());
        using var named = KubernetesClusterClient.FromKubeConfig(server.KubeConfig(tlsServerName: "apiserver.internal.test"));
        using var misnamed = KubernetesClusterClient.FromKubeConfig(server.KubeConfig(tlsServerName: "other.test"));

        var mismatch = await Assert.ThrowsAsync<KubernetesTransportException>(() => plain.Discovery.GetServerVersionAsync());
        Assert.Contains("not valid for the server's host name; fix the server URL or set tls-server-name", mismatch.Message, StringComparison.Ordinal);
        Assert.Equal("v1.20.2", (await named.Discovery.GetServerVersionAsync()).GitVersion);
        var wrong = await Assert.ThrowsAsync<KubernetesTransportException>(() => misnamed.Discovery.GetServerVersionAsync());
        Assert.Contains("not valid for tls-server-name \"other.test\"", wrong.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClientKeyFormat.RsaPkcs1)]
    [InlineData(ClientKeyFormat.RsaPkcs8)]
    [InlineData(ClientKeyFormat.EcSec1)]
    [InlineData(ClientKeyFormat.EcPkcs8)]
    public async Task Client_certificates_authenticate(ClientKeyFormat format)
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { AcceptClientCertificates = true });
        using var client = KubernetesClusterClient.FromKubeConfig(server.KubeConfig(clientCertificate: server.Pki.IssueClient($"user-{format}", format)));

        await client.Discovery.GetServerVersionAsync();

        var request = Assert.Single(server.Requests);
        Assert.Equal($"user-{format}", request.User);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Missing_or_wrong_credentials_are_401_with_a_hint()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Token = "right", AcceptClientCertificates = true });
        using var anonymous = KubernetesClusterClient.FromKubeConfig(server.KubeConfig());
        using var wrong = KubernetesClusterClient.FromKubeConfig(server.KubeConfig(token: "wrong"));
        var foreign = TestPki.Create("foreign").IssueClient("intruder");
        using var foreignCertificate = KubernetesClusterClient.FromKubeConfig(server.KubeConfig(clientCertificate: foreign));

        foreach (var client in new[] { anonymous, wrong })
        {
            var error = await Assert.ThrowsAsync<KubernetesApiException>(() => client.Discovery.GetServerVersionAsync());
            Assert.Equal(401, error.StatusCode);
            Assert.Equal("cluster \"fake\": GET /version: Unauthorized (401): Unauthorized (the server rejected the credentials: check the token or client certificate configured for this cluster)", error.Message);
        }

        // Kestrel refuses a client certificate it cannot validate during the handshake.
        await Assert.ThrowsAnyAsync<Exception>(() => foreignCertificate.Discovery.GetServerVersionAsync());
    }

    [Fact]
    public async Task Server_url_path_prefix_is_kept_on_every_request()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { PathPrefix = "/k8s/clusters/member1" });
        using var client = server.CreateClient();

        await client.Discovery.GetServerVersionAsync();
        var mapping = await client.Mapper.GetMappingAsync(new Karmada.Orleans.Members.Meta.GroupVersionKind("apps", "v1", "Deployment"));

        Assert.Equal("deployments", mapping.Resource.Resource);
        Assert.Equal(["/k8s/clusters/member1/version", "/k8s/clusters/member1/apis/apps/v1"], server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task A_missing_path_prefix_gives_a_404_with_a_hint()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { PathPrefix = "/prefix" });
        using var client = KubernetesClusterClient.FromKubeConfig(server.KubeConfig(server: new Uri($"https://127.0.0.1:{server.Port}")));

        var error = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => client.Discovery.GetServerVersionAsync());

        Assert.Contains("404 page not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("server URL's path prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_refused_names_cluster_and_server()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        using var client = new KubernetesClusterClient(new RestConfig { Server = new Uri($"https://127.0.0.1:{port}"), ClusterName = "member9" });

        var error = await Assert.ThrowsAsync<KubernetesTransportException>(() => client.Discovery.GetServerVersionAsync());

        Assert.Equal(TransportFailure.ConnectionRefused, error.Failure);
        Assert.Equal($"cluster \"member9\" (https://127.0.0.1:{port}/): connection refused: nothing listens on 127.0.0.1:{port}", error.Message);
    }

    [Fact]
    public async Task Unresolvable_hosts_are_a_name_resolution_failure()
    {
        using var client = new KubernetesClusterClient(new RestConfig { Server = new Uri("https://no-such-host.invalid:6443"), ClusterName = "ghost" });

        var error = await Assert.ThrowsAsync<KubernetesTransportException>(() => client.Discovery.GetServerVersionAsync());

        Assert.Equal(TransportFailure.NameResolution, error.Failure);
        Assert.Contains("no-such-host.invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_times_out()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Intercept = async (context, _) =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return true;
        };
        using var client = server.CreateClient(c => c with { Timeout = TimeSpan.FromMilliseconds(300) });

        var error = await Assert.ThrowsAsync<KubernetesTransportException>(() => client.Discovery.GetServerVersionAsync());

        Assert.Equal(TransportFailure.Timeout, error.Failure);
        Assert.Contains("no response to GET /version within 0.3s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_not_a_transport_failure()
    {
        await using var server = await FakeApiServer.StartAsync();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Intercept = async (context, _) =>
        {
            entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return true;
        };
        using var client = server.CreateClient();
        using var cancel = new CancellationTokenSource();

        var call = client.Discovery.GetServerVersionAsync(cancel.Token);
        await entered.Task.WaitAsync(Eventually.DefaultTimeout);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Too_many_requests_with_retry_after_are_retried()
    {
        await using var server = await FakeApiServer.StartAsync();
        var rejected = 0;
        server.Intercept = async (context, _) =>
        {
            if (Interlocked.Increment(ref rejected) > 2)
            {
                return false;
            }

            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "0";
            await context.Response.WriteAsync("""{"kind":"Status","apiVersion":"v1","status":"Failure","message":"too many requests, please try again later","reason":"TooManyRequests","code":429}""");
            return true;
        };
        using var client = server.CreateClient();

        await client.Discovery.GetServerVersionAsync();

        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Errors_without_retry_after_are_not_retried()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Intercept = async (context, _) =>
        {
            context.Response.StatusCode = 503;
            await context.Response.WriteAsync("upstream unavailable");
            return true;
        };
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => client.Discovery.GetServerVersionAsync());

        Assert.Equal("cluster \"fake\": GET /version: ServiceUnavailable (503): upstream unavailable", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Qps_and_burst_pace_requests()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient(c => c with { Qps = 5, Burst = 2 });
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.Rest.GetStringAsync("/healthz", CancellationToken.None)));

        // 2 requests from the burst, then 10 more at 5 per second: at least 2 seconds.
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1.9), $"12 requests at qps 5 burst 2 took only {stopwatch.Elapsed}");
        // The server sees the 10 paced requests spread over about 1.8s (the first may wait for the TLS handshake).
        var times = server.Requests.Select(r => r.At).Order().ToList();
        Assert.True(times[^1] - times[2] >= TimeSpan.FromSeconds(1.5), $"the server saw the paced requests within {times[^1] - times[2]}");
    }

    [Fact]
    public async Task Default_limits_let_a_burst_of_60_through_at_once()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var client = server.CreateClient();
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => client.Rest.GetStringAsync("/healthz", CancellationToken.None)));

        Assert.Equal(60, server.Requests.Count);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
    }
}
