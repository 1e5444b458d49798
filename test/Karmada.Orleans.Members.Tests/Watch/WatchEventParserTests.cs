using System.Text;
using Karmada.Orleans.Members.Tests.Infrastructure;
using Karmada.Orleans.Members.Watch;

namespace Karmada.Orleans.Members.Tests.Watch;

public sealed class WatchEventParserTests
{
    [Theory]
    [InlineData("""{"type":"ADDED","object":{"kind":"ConfigMap","metadata":{"name":"a","resourceVersion":"5"}}}""", WatchEventType.Added, "5")]
    [InlineData("""{"type":"MODIFIED","object":{"metadata":{"resourceVersion":"6"}}}""", WatchEventType.Modified, "6")]
    [InlineData("""{"type":"DELETED","object":{"metadata":{"resourceVersion":"7"}}}""", WatchEventType.Deleted, "7")]
    [InlineData("""{"type":"BOOKMARK","object":{"kind":"ConfigMap","apiVersion":"v1","metadata":{"resourceVersion":"94","creationTimestamp":null}}}""", WatchEventType.Bookmark, "94")]
    [InlineData("""{"object":{"metadata":{"resourceVersion":"8"}},"type":"ADDED"}""", WatchEventType.Added, "8")]
    [InlineData("""{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 1 (95)","reason":"Expired","code":410}}""", WatchEventType.Error, null)]
    public void Parses_each_event_type(string line, WatchEventType type, string? resourceVersion)
    {
        var watchEvent = WatchEventParser.Parse(Encoding.UTF8.GetBytes(line));

        Assert.Equal(type, watchEvent.Type);
        Assert.Equal(resourceVersion, watchEvent.ResourceVersion);
    }

    [Fact]
    public void Error_event_exposes_the_status()
    {
        var watchEvent = WatchEventParser.Parse("""{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure","message":"too old resource version: 1 (95)","reason":"Expired","code":410}}"""u8);

        var status = watchEvent.GetStatus();

        Assert.NotNull(status);
        Assert.Equal(410, status.Code);
        Assert.Equal("Expired", status.Reason);
        Assert.Null(WatchEventParser.Parse("""{"type":"ADDED","object":{}}"""u8).GetStatus());
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("""{"object":{}}""", "has no type")]
    [InlineData("""{"type":"RENAMED","object":{}}""", "unknown type \"RENAMED\"")]
    [InlineData("""{"type":"ADDED"}""", "has no object")]
    [InlineData("""{"type":"ADDED","object":"x"}""", "has no object")]
    public void Rejects_malformed_lines(string line, string expected)
    {
        var error = Assert.Throws<WatchFormatException>(() => WatchEventParser.Parse(Encoding.UTF8.GetBytes(line)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_recorded_kube_apiserver_watch_stream()
    {
        await using var stream = File.OpenRead(TestData.Path("objects/watch-stream.jsonl"));

        var events = await WatchStreamReader.ReadAsync(stream).ToListAsync();

        Assert.Equal(
            ["Added 92", "Modified 93", "Deleted 94", "Bookmark 94", "Bookmark 94"],
            events.Select(e => $"{e.Type} {e.ResourceVersion}"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(4096)]
    public async Task Events_split_across_reads_are_reassembled(int chunkSize)
    {
        var text = "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"é\",\"resourceVersion\":\"1\"}}}\r\n\n  \n"
            + "{\"type\":\"MODIFIED\",\"object\":{\"metadata\":{\"resourceVersion\":\"2\"}}}\n"
            + "{\"type\":\"DELETED\",\"object\":{\"metadata\":{\"resourceVersion\":\"3\"}}}";
        await using var stream = new TrickleStream(Encoding.UTF8.GetBytes(text), chunkSize);

        var events = await WatchStreamReader.ReadAsync(stream).ToListAsync();

        Assert.Equal(["1", "2", "3"], events.Select(e => e.ResourceVersion));
        Assert.Equal("é", events[0].Object["metadata"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_broken_line_fails_the_stream()
    {
        await using var stream = new MemoryStream("{\"type\":\"ADDED\",\"object\":{}}\n{\"type\":\n"u8.ToArray());

        await Assert.ThrowsAsync<WatchFormatException>(async () => await WatchStreamReader.ReadAsync(stream).ToListAsync());
    }

    /// <summary>Hands out a buffer a few bytes at a time, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => data.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = Math.Min(Math.Min(buffer.Length, chunk), data.Length - _position);
            data.AsMemory(_position, n).CopyTo(buffer);
            _position += n;
            return ValueTask.FromResult(n);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
