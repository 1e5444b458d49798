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
        for (var attempt = 1; ; attempt++)
        {
            var name = $"{prefix}-{Environment.ProcessId}-{Random.Shared.Next(100000):D5}";
            var port = FreePort.ForKubeApiServer();
            try
            {
                var kubeconfig = await StartAsync(name, port);
                return new RealMemberCluster(name, port, kubeconfig);
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process took one of its ports between the check and the bind: clean up and try other ports.
                await KubeApiServerScript.RunAsync(TimeSpan.FromMinutes(1), "stop", name);
            }
        }
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
