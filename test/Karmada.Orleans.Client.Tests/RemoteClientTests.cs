using Karmada.Orleans.Abstractions.ControlPlane;
using Karmada.Orleans.Client;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Client.Tests;

/// <summary>The grain client used the way another .NET service would: a silo in another process, typed references over the network.</summary>
public sealed class RemoteClientTests
{
    [Fact]
    public async Task A_silo_in_another_process_answers_typed_grain_calls_and_then_shuts_down_cleanly()
    {
        var dataDir = Directory.CreateTempSubdirectory("karmada-client-").FullName;
        await using (var silo = await SiloProcess.StartAsync(dataDir))
        {
            using var client = await ClusterClient.ConnectAsync(new GrainClientOptions { Gateway = silo.Gateway, Token = silo.AdminToken });

            var info = await client.GetGrain<IControlPlaneGrain>("local").GetInfoAsync();

            Assert.Equal("sqlite", info.StorageBackend);
            Assert.True(info.ActiveGrains >= 1);
            Assert.True(info.StartedAt <= DateTimeOffset.UtcNow);
            Assert.Equal(0, await silo.StopAsync());
        }
    }

    [Fact]
    public async Task Calls_without_the_token_are_refused_and_an_unreachable_gateway_is_a_clear_error()
    {
        await using var silo = await SiloProcess.StartAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ClusterClient.ConnectAsync(new GrainClientOptions { Gateway = silo.Gateway }));
        var unreachable = await Assert.ThrowsAsync<InvalidOperationException>(() => ClusterClient.ConnectAsync(new GrainClientOptions { Gateway = new Uri($"http://127.0.0.1:{FreePort.Next()}") }));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Cannot reach the silo gateway", unreachable.Message, StringComparison.Ordinal);
    }
}
