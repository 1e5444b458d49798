using System.Threading.Channels;
using Karmada.Orleans.Storage.Sql;

namespace Karmada.Orleans.Storage.Tests.Sql;

public sealed class WriteBatcherTests
{
    private static readonly HashSet<string> Deferred = new(StringComparer.Ordinal) { "events" };

    private static WriteOperation Write(string resource, string name) => new(WriteKind.Create, new ResourceKey(resource, "default", name), [], null);

    private static (Channel<WriteOperation> Queue, WriteBatcher Batcher) Queue(int maxBatchSize, params WriteOperation[] writes)
    {
        var queue = Channel.CreateUnbounded<WriteOperation>();
        foreach (var write in writes)
        {
            queue.Writer.TryWrite(write);
        }

        return (queue, new WriteBatcher(queue.Reader, maxBatchSize, Deferred));
    }

    private static List<string> Names(List<WriteOperation> batch) => batch.Select(w => w.Key.Name).ToList();

    [Fact]
    public void Writes_queued_with_events_go_first_and_events_fill_the_rest_of_the_batch()
    {
        var (_, batcher) = Queue(8, Write("events", "e1"), Write("configmaps", "c1"), Write("events", "e2"), Write("works.work.karmada.io", "w1"), Write("events", "e3"));
        var batch = new List<WriteOperation>();

        batcher.Next(batch);

        Assert.Equal(["c1", "w1", "e1", "e2", "e3"], Names(batch));
        Assert.Equal(0, batcher.Deferred);
    }

    [Fact]
    public void Events_wait_for_a_later_batch_but_always_get_a_quarter_of_one()
    {
        var writes = Enumerable.Range(0, 6).Select(i => Write("events", $"e{i}"))
            .Concat(Enumerable.Range(0, 10).Select(i => Write("configmaps", $"c{i}")))
            .ToArray();
        var (_, batcher) = Queue(8, writes);
        var batch = new List<WriteOperation>();

        batcher.Next(batch);
        Assert.Equal(["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "e0", "e1"], Names(batch));
        Assert.Equal(4, batcher.Deferred);

        batcher.Next(batch);
        Assert.Equal(["c8", "c9", "e2", "e3", "e4", "e5"], Names(batch));
        Assert.Equal(0, batcher.Deferred);
    }

    [Fact]
    public async Task Deferred_writes_are_written_after_the_queue_is_completed()
    {
        var writes = Enumerable.Range(0, 4).Select(i => Write("events", $"e{i}")).Append(Write("configmaps", "c0")).Append(Write("configmaps", "c1")).ToArray();
        var (queue, batcher) = Queue(4, writes);
        queue.Writer.Complete();
        var batch = new List<WriteOperation>();
        var batches = new List<List<string>>();

        while (await batcher.WaitAsync())
        {
            batcher.Next(batch);
            batches.Add(Names(batch));
        }

        Assert.Equal([["c0", "c1", "e0", "e1"], ["e2", "e3"]], batches);
    }
}
