using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace Karmada.Orleans.Members.Watch;

/// <summary>Reads a watch response body as it arrives: newline-delimited JSON events, blank lines skipped.</summary>
public static class WatchStreamReader
{
    /// <summary>Lines longer than this are refused (a runaway stream, not an object).</summary>
    public const int MaxEventBytes = 64 * 1024 * 1024;

    public static async IAsyncEnumerable<WatchEvent> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken);
                var buffer = result.Buffer;
                var events = new List<WatchEvent>();
                while (TryReadLine(ref buffer, out var line))
                {
                    if (!IsBlank(line))
                    {
                        events.Add(WatchEventParser.Parse(line.IsSingleSegment ? line.FirstSpan : line.ToArray()));
                    }
                }

                if (result.IsCompleted && !buffer.IsEmpty && !IsBlank(buffer))
                {
                    // The server closed after an unterminated last event: still an event.
                    events.Add(WatchEventParser.Parse(buffer.ToArray()));
                    buffer = buffer.Slice(buffer.End);
                }

                if (buffer.Length > MaxEventBytes)
                {
                    throw new WatchFormatException($"watch event larger than {MaxEventBytes} bytes");
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                foreach (var watchEvent in events)
                {
                    yield return watchEvent;
                }

                if (result.IsCompleted)
                {
                    yield break;
                }
            }
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    private static bool TryReadLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        var newline = buffer.PositionOf((byte)'\n');
        if (newline is null)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, newline.Value);
        buffer = buffer.Slice(buffer.GetPosition(1, newline.Value));
        return true;
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\r' or (byte)'\t'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
