using System.Globalization;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.RealCluster;

/// <summary>One real kube-apiserver (with its etcd) for the whole collection, on free loopback ports, stopped afterwards.</summary>
public sealed class KubeApiServerFixture : IMemberClusterFixture, IAsyncLifetime
{
    private static readonly GroupVersionResource Namespaces = new("", "v1", "namespaces");
    private readonly string _name = $"members-tests-{Environment.ProcessId}-{Random.Shared.Next(100000):D5}";
    private KubernetesClusterClient? _client;

    /// <summary>The kubeconfig the script wrote (token auth, CA data).</summary>
    public string KubeConfigPath { get; private set; } = "";

    public int Port { get; private set; }

    public Uri Server => new($"https://127.0.0.1:{Port}");

    public (string GitVersion, string Major, string Minor) ExpectedVersion => ("v1.20.2", "1", "20");

    /// <summary>The cluster's state directory: kubeconfig, pki (ca.crt, ca.key), logs.</summary>
    public string StateDirectory => Path.GetDirectoryName(KubeConfigPath)!;

    public KubernetesClusterClient Client => _client ?? throw new InvalidOperationException("the kube-apiserver is not running");

    public KubeConfig KubeConfig => KubeConfigLoader.LoadFile(KubeConfigPath);

    public async Task InitializeAsync()
    {
        if (KubeApiServerScript.SkipReason is not null)
        {
            return;
        }

        Port = Karmada.Orleans.TestSupport.FreePort.ForKubeApiServer();
        var (exit, output, error) = await KubeApiServerScript.RunAsync(TimeSpan.FromMinutes(3), "start", _name, Port.ToString(CultureInfo.InvariantCulture));
        if (exit != 0)
        {
            throw new InvalidOperationException($"kube-apiserver.sh start {_name} {Port} failed ({exit}): {error}\n{output}");
        }

        KubeConfigPath = output.Split('\n').Last().Trim();
        _client = KubernetesClusterClient.FromKubeConfigFile(KubeConfigPath);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (KubeConfigPath.Length == 0)
        {
            return;
        }

        var pids = new[] { "apiserver.pid", "etcd.pid" }
            .Select(f => Path.Combine(StateDirectory, f))
            .Where(File.Exists)
            .Select(f => int.Parse(File.ReadAllText(f).Trim(), CultureInfo.InvariantCulture))
            .ToList();
        await KubeApiServerScript.RunAsync(TimeSpan.FromMinutes(1), "stop", _name);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (pids.Any(p => Directory.Exists($"/proc/{p}")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a straggling etcd may still hold a file.
        }
    }

    /// <summary>A fresh namespace for one test (nothing deletes namespaces here: no controller-manager runs).</summary>
    public async Task<string> CreateNamespaceAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
        await Client.Resource(Namespaces).CreateAsync(new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Namespace",
            ["metadata"] = new JsonObject { ["name"] = name },
        });
        return name;
    }

    /// <summary>A client for the same server with another kubeconfig (other credentials or URL).</summary>
    public KubernetesClusterClient ClientFor(Func<RestConfig, RestConfig> change) => new(change(KubeConfig.ToRestConfig()));
}
