using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Karmada.Orleans.Members.Tests.Infrastructure;

/// <summary>A loopback TCP relay whose connections a test can cut, to force real network disconnects.</summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly IPEndPoint _upstream;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Socket, byte> _sockets = new();
    private readonly Task _acceptLoop;
    private int _accepted;

    private TcpProxy(IPEndPoint upstream)
    {
        _upstream = upstream;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int AcceptedConnections => Volatile.Read(ref _accepted);

    public static TcpProxy Start(IPEndPoint upstream) => new(upstream);

    /// <summary>Resets every relayed connection (both sides see the connection die).</summary>
    public void DropAll()
    {
        foreach (var socket in _sockets.Keys)
        {
            try
            {
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        DropAll();
        try
        {
            await _acceptLoop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptSocketAsync(_stop.Token);
            Interlocked.Increment(ref _accepted);
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _sockets[client] = 0;
        _sockets[upstream] = 0;
        try
        {
            await upstream.ConnectAsync(_upstream, _stop.Token);
            await Task.WhenAny(PumpAsync(client, upstream), PumpAsync(upstream, client));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            _sockets.TryRemove(client, out _);
            _sockets.TryRemove(upstream, out _);
            client.Dispose();
            upstream.Dispose();
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (read == 0)
                {
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }
}
