using Karmada.Orleans.Runtime.Tests.Grains;
using Karmada.Orleans.Streams;

namespace Karmada.Orleans.Runtime.Tests;

[Collection(RuntimeCollection.Name)]
public sealed class StreamTests(RuntimeFixture fixture)
{
    [Fact]
    public async Task Implicit_subscribers_receive_every_event_of_their_stream_in_order_as_turns()
    {
        var key = Guid.NewGuid().ToString();

        await fixture.Grains.GetGrain<IStreamProducerGrain>(key).ProduceAsync(500);
        await fixture.Log.WaitForAsync(e => e.Contains($"received {key} 500"));

        Assert.Equal(Enumerable.Range(1, 500), await fixture.Grains.GetGrain<IStreamConsumerGrain>(key).GetReceivedAsync());
        Assert.DoesNotContain("overlap", fixture.Log.Entries);
    }

    [Fact]
    public async Task Explicit_subscribers_outside_grains_receive_events_in_order_until_they_unsubscribe()
    {
        var provider = fixture.Cluster.Runtime.GetStreamProvider(TestStreams.Provider);
        var stream = provider.GetStream<string>(StreamId.Create("words", Guid.NewGuid().ToString()));
        var received = new List<string>();
        var handle = await stream.SubscribeAsync((item, token) =>
        {
            received.Add($"{token!.SequenceNumber}:{item}");
            return Task.CompletedTask;
        });

        await stream.OnNextBatchAsync(["a", "b", "c"]);
        await ((MemoryStreamProvider)provider).DrainAsync();
        await handle.UnsubscribeAsync();
        await stream.OnNextAsync("d");
        await ((MemoryStreamProvider)provider).DrainAsync();

        Assert.Equal(["1:a", "2:b", "3:c"], received);
    }
}
