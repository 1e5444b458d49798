using System.Globalization;

namespace Karmada.Orleans.TestSupport;

/// <summary>A real kube-apiserver v1.20.2 + etcd started for one test (or fixture), restartable over the same data.</summary>
public sealed class RealMemberCluster : IAsyncDisposable
{
    private RealMemberCluster(string name, int port, string kubeconfig)
    {
        Name = name;
        Port = port;
        Kubeconfig = kubeconfig;
    }

    public string Name { get; }

    public int Port { get; }

    public string Kubeconfig { get; }

    public static async Task<RealMemberCluster> StartAsync(string prefix)
    {
        var name = $"{prefix}-{Environment.ProcessId}-{Random.Shared.Next(100000):D5}";
        var port = FreePort.Next();
        var kubeconfig = await StartAsync(name, port);
        return new RealMemberCluster(name, port, kubeconfig);
    }

    public Task StopAsync() => KubeApiServerScript.RunAsync(TimeSpan.FromMinutes(1), "stop", Name);

    public Task RestartAsync() => StartAsync(Name, Port);

    private static async Task<string> StartAsync(string name, int port)
    {
        var (exit, output, error) = await KubeApiServerScript.RunAsync(TimeSpan.FromMinutes(3), "start", name, port.ToString(CultureInfo.InvariantCulture));
        if (exit != 0)
        {
            throw new InvalidOperationException($"kube-apiserver.sh start {name} {port} failed ({exit}): {error}\n{output}");
        }

        return output.Split('\n').Last().Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Path.GetDirectoryName(Kubeconfig)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
