using System.Text.Json.Nodes;
using Karmada.Orleans.Grains.Events;
using Karmada.Orleans.Storage;
using Karmada.Orleans.Storage.Memory;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Grains.Tests;

public sealed class EventRecorderTests
{
    private static readonly InvolvedObject Nginx = new("apps/v1", "Deployment", "default", "nginx", "uid-1");

    private static async Task<List<JsonObject>> EventsAsync(IObjectStore store) =>
        (await store.ListAsync("events", new ListOptions { Namespace = "default" })).Items.Select(i => i.ToJsonObject()).ToList();

    [Fact]
    public async Task A_burst_of_repeats_becomes_one_event_with_its_count()
    {
        var store = new MemoryObjectStore();
        var recorder = new EventRecorder(store, TimeProvider.System);
        for (var i = 0; i < 50; i++)
        {
            await recorder.RecordAsync(Nginx, EventRecorder.Normal, "SyncSucceed", "applied to member1", "execution-controller");
        }

        await Eventually.HoldsAsync(async () => (await EventsAsync(store)).Sum(e => e["count"]!.GetValue<long>()) == 50, because: "all 50 repeats are counted");
        var only = Assert.Single(await EventsAsync(store));
        Assert.Equal("SyncSucceed", only["reason"]!.GetValue<string>());
        Assert.Equal("applied to member1", only["message"]!.GetValue<string>());
        Assert.Equal("Normal", only["type"]!.GetValue<string>());
        Assert.Equal("execution-controller", only["source"]!["component"]!.GetValue<string>());
        Assert.Equal("uid-1", only["involvedObject"]!["uid"]!.GetValue<string>());
        Assert.True(string.CompareOrdinal(only["firstTimestamp"]!.GetValue<string>(), only["lastTimestamp"]!.GetValue<string>()) <= 0);
    }

    [Fact]
    public async Task Distinct_events_are_each_written_and_a_later_repeat_bumps_the_stored_count()
    {
        var store = new MemoryObjectStore();
        var recorder = new EventRecorder(store, TimeProvider.System);
        for (var cluster = 1; cluster <= 20; cluster++)
        {
            await recorder.RecordAsync(Nginx, EventRecorder.Normal, "SyncSucceed", $"applied to member{cluster}", "execution-controller");
        }

        await recorder.RecordAsync(Nginx, EventRecorder.Warning, "SyncFailed", "member3 unreachable", "execution-controller");
        await Eventually.HoldsAsync(async () => (await EventsAsync(store)).Count == 21, because: "20 successes and a failure are distinct events");
        Assert.All(await EventsAsync(store), e => Assert.Equal(1, e["count"]!.GetValue<long>()));

        await recorder.RecordAsync(Nginx, EventRecorder.Warning, "SyncFailed", "member3 unreachable", "execution-controller");
        await Eventually.HoldsAsync(
            async () => (await EventsAsync(store)).SingleOrDefault(e => e["reason"]!.GetValue<string>() == "SyncFailed")?["count"]?.GetValue<long>() == 2,
            because: "the repeat folds into the stored event");
        Assert.Equal(21, (await EventsAsync(store)).Count);
    }
}
