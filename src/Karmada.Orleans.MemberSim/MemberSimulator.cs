using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Karmada.Orleans.ApiServer.Security;
using Karmada.Orleans.MemberSim.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Karmada.Orleans.MemberSim;

/// <summary>
/// Many simulated member clusters in one process (like KWOK): one HTTPS listener, each cluster
/// under its own path prefix (https://HOST:PORT/clusters/NAME) with its own token and kubeconfig,
/// plus an admin API for fault injection. Credentials derive from a secret kept in the output
/// directory, so a restarted simulator accepts the kubeconfigs it wrote before.
/// </summary>
public sealed class MemberSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, SimulatedCluster> _clusters;
    private readonly byte[] _secret;

    private MemberSimulator(WebApplication app, ConcurrentDictionary<string, SimulatedCluster> clusters, byte[] secret, Uri endpoint, string caPem)
    {
        _app = app;
        _clusters = clusters;
        _secret = secret;
        Endpoint = endpoint;
        CaCertificatePem = caPem;
    }

    public Uri Endpoint { get; }

    public string CaCertificatePem { get; }

    public string AdminToken => Derive("admin");

    public IReadOnlyList<SimulatedCluster> Clusters => _clusters.Values.OrderBy(c => c.Index).ToList();

    public SimulatedCluster this[string name] => _clusters[name];

    public static async Task<MemberSimulator> StartAsync(SimulatorOptions options, ILoggerFactory? loggers = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(options.OutputDirectory);
        var pkiDirectory = Path.Combine(options.OutputDirectory, "pki");
        var pki = CertificateAuthority.LoadOrCreate(pkiDirectory, [options.BindAddress, "localhost"]);
        var secret = LoadOrCreateSecret(Path.Combine(pkiDirectory, "simulator.secret"));
        var clusters = new ConcurrentDictionary<string, SimulatedCluster>(StringComparer.Ordinal);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(MemberSimulator).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers ?? NullLoggerFactory.Instance);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(IPAddress.Parse(options.BindAddress), options.Port, listen => listen.UseHttps(pki.ServingCertificate));
        });
        var app = builder.Build();
        MemberSimulator? started = null;
        app.Run(context => started is null ? Unavailable(context) : SimulatorEndpoints.HandleAsync(context, started));
        await app.StartAsync(cancellationToken);
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        var endpoint = new Uri($"https://{options.BindAddress}:{port}");
        var simulator = new MemberSimulator(app, clusters, secret, endpoint, pki.CaCertificatePem);
        started = simulator;

        var factory = loggers ?? NullLoggerFactory.Instance;
        var clock = time ?? TimeProvider.System;
        var activity = new Simulation.ApiActivity(clock);
        await Parallel.ForEachAsync(Enumerable.Range(1, options.Clusters), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var name = $"{options.Prefix}{i}";
            var server = new Uri($"{endpoint}clusters/{name}");
            var cluster = await SimulatedCluster.StartAsync(name, i, server, simulator.Derive("cluster:" + name), options, activity, factory, clock, ct);
            cluster.KubeconfigPath = Path.Combine(options.OutputDirectory, $"{name}.kubeconfig");
            KubeconfigWriter.Write(cluster.KubeconfigPath, server.ToString(), pki.CaCertificatePem, cluster.Token, name);
            clusters[name] = cluster;
        });

        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "admin.token"), simulator.AdminToken + "\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "endpoint"), endpoint + "\n", cancellationToken);
        return simulator;
    }

    private static Task Unavailable(Microsoft.AspNetCore.Http.HttpContext context)
    {
        context.Response.StatusCode = 503;
        return Task.CompletedTask;
    }

    internal bool TryGetCluster(string name, out SimulatedCluster cluster) => _clusters.TryGetValue(name, out cluster!);

    private string Derive(string purpose) => Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(purpose)))[..32];

    private static byte[] LoadOrCreateSecret(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromHexString(File.ReadAllText(path).Trim());
        }

        var secret = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToHexString(secret));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return secret;
    }

    public async ValueTask DisposeAsync()
    {
        // Open watches never end by themselves: without this, stopping waited out the server's 30 s
        // shutdown timeout whenever a client (such as the control plane) was still watching.
        foreach (var cluster in _clusters.Values)
        {
            cluster.AbortRequests();
        }

        await _app.StopAsync();
        foreach (var cluster in _clusters.Values)
        {
            await cluster.DisposeAsync();
        }

        await _app.DisposeAsync();
    }
}
