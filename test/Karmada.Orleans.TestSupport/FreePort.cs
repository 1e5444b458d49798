using System.Net;
using System.Net.Sockets;

namespace Karmada.Orleans.TestSupport;

public static class FreePort
{
    /// <summary>A loopback TCP port nobody listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A port for kube-apiserver.sh, which also binds port+10000..+10002 for etcd. Chosen below the
    /// kernel's ephemeral range (32768 and up) with every port of the block free right now, so
    /// listeners on OS-assigned ports (silos, simulators) cannot take etcd's ports meanwhile.
    /// </summary>
    public static int ForKubeApiServer()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(20000, 22700);
            if (new[] { port, port + 10000, port + 10001, port + 10002 }.All(IsFree))
            {
                return port;
            }
        }

        throw new InvalidOperationException("no free block of loopback ports for kube-apiserver and etcd");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
