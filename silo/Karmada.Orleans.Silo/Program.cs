using System.Net;
using Karmada.Orleans.ApiServer.Handlers;
using Karmada.Orleans.ApiServer.Hosting;
using Karmada.Orleans.ApiServer.Karmada;
using Karmada.Orleans.Grains;
using Karmada.Orleans.Grains.Clusters;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Security;
using Karmada.Orleans.Dashboard;
using Karmada.Orleans.Diagnostics.GrainCalls;
using Karmada.Orleans.Gateway;
using Karmada.Orleans.Grains.ControlPlane;
using Karmada.Orleans.Hosting;
using Karmada.Orleans.Storage;
using Karmada.Orleans.Streams;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Karmada.Orleans.Silo;

public static partial class Program
{
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("KARMADA_");
        builder.Configuration.AddCommandLine(args, SiloSettings.Switches);
        var settings = SiloSettings.From(builder.Configuration);

        builder.Logging.ClearProviders();
        if (settings.LogFormat == "json")
        {
            builder.Logging.AddJsonConsole(o => o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ");
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        var pki = CertificateAuthority.LoadOrCreate(Path.Combine(settings.DataDirectory, "pki"), settings.CertificateNames);
        var tokens = TokenFile.LoadOrCreate(Path.Combine(settings.DataDirectory, "pki", "tokens.csv"));
        var store = await StorageSiloExtensions.OpenObjectStoreAsync(settings.Storage);

        var bind = IPAddress.Parse(settings.BindAddress);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(bind, settings.ApiPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(pki.ServingCertificate);
            });
            kestrel.Listen(bind, settings.GatewayPort, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddSingleton(tokens);
        builder.Services.AddKubernetesApi(
            api => api.ServerAddress = $"{settings.BindAddress}:{settings.ApiPort}",
            KarmadaResources.Register);
        builder.Services.AddSingleton<SiloClock>();
        builder.Services.AddKarmadaDashboard();
        builder.Services.AddSingleton<Karmada.Orleans.ApiServer.Admission.IAdmissionPlugin, Admission.KarmadaPolicyAdmission>();
        builder.Services.AddSingleton<Karmada.Orleans.Grains.Propagation.ITemplateResources, CatalogTemplateResources>();
        builder.Services.AddSilo(silo =>
        {
            silo.AddKarmadaControllers(clusters => settings.ConfigureClusters(clusters), propagation => propagation.PolicyPreemption = settings.PolicyPreemption);
            silo.UseSqlStorage(store);
            silo.AddMemoryStreams("Default");
            silo.AddGrainCallMetrics();
        });

        var app = builder.Build();
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/grain-gateway"), api => api.UseApiRequestMetrics());
        app.UseDashboardAssets();
        app.UseMiddleware<TokenAuthenticationMiddleware>();
        app.MapHealth(() => true);
        app.MapGrainGateway();
        app.MapKubernetesApi();
        app.MapKarmadaDashboard();
        ClusterProxy.Register(app.Services.GetRequiredService<KubernetesApi>(), app.Services.GetRequiredService<MemberClientFactory>());

        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var api = addresses.First(a => a.StartsWith("https://", StringComparison.Ordinal));
        var gateway = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal));
        var kubeconfig = Path.Combine(settings.DataDirectory, "kubeconfig");
        KubeconfigWriter.Write(kubeconfig, api.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal), pki.CaCertificatePem, tokens.AdminToken);
        await using var demo = settings.DemoMembers > 0
            ? await DemoMembers.StartAsync(settings, kubeconfig, app.Services.GetRequiredService<ILoggerFactory>(), app.Lifetime.ApplicationStopping)
            : null;
        Console.WriteLine($"""
            Karmada.Orleans control plane is running.
              API:        {api}
              gateway:    {gateway}
              storage:    {settings.Storage.Provider} ({(settings.Storage.Provider == StorageProvider.Sqlite ? Path.Combine(settings.DataDirectory, "karmada.db") : "PostgreSQL")})
              kubeconfig: {kubeconfig}
              dashboard:  {api.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)}/dashboard (sign in with a token from {Path.Combine(settings.DataDirectory, "pki", "tokens.csv")})
            Try: kubectl --kubeconfig {kubeconfig} get --raw /healthz
            """);
        if (demo is not null)
        {
            Console.WriteLine($"  demo members: {string.Join(", ", demo.Clusters.Select(c => c.Name))} (simulated at {demo.Endpoint}, kubeconfigs in {Path.Combine(settings.DataDirectory, "members")})");
            Console.WriteLine($"Try: kubectl --kubeconfig {kubeconfig} get clusters");
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Karmada.Orleans.Silo");
        LogRunning(logger, api, gateway, settings.Storage.Provider, kubeconfig);
        await app.WaitForShutdownAsync();
        await store.DisposeAsync();
        LogStopped(logger);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Control plane is running: API {Api}, gateway {Gateway}, storage {Storage}, kubeconfig {Kubeconfig}")]
    private static partial void LogRunning(ILogger logger, string api, string gateway, StorageProvider storage, string kubeconfig);

    [LoggerMessage(Level = LogLevel.Information, Message = "Control plane stopped")]
    private static partial void LogStopped(ILogger logger);
}
