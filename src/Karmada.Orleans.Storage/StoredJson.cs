using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Storage;

/// <summary>
/// Writes an object as the store keeps it: the caller's JSON with the metadata fields the store
/// owns (identity, uid, timestamps, generation, resourceVersion) replaced, without copying or
/// changing the caller's object. Fields keep the caller's order; owned fields it lacks go last,
/// in <see cref="OwnedMetadata"/>'s order.
/// </summary>
public static class StoredJson
{
    private const int LargestKeptBuffer = 1 << 20;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _threadWriter;

    /// <summary>The object's JSON as it is (what a delete stores as the object's last state).</summary>
    public static byte[] Write(JsonObject obj) => Write(writer => obj.WriteTo(writer));

    public static byte[] Write(JsonObject obj, OwnedMetadata owned) => Write(writer =>
    {
        writer.WriteStartObject();
        var wroteMetadata = false;
        foreach (var (name, value) in obj)
        {
            writer.WritePropertyName(name);
            if (name == "metadata")
            {
                WriteMetadata(writer, value as JsonObject, owned);
                wroteMetadata = true;
            }
            else if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }

        if (!wroteMetadata)
        {
            writer.WritePropertyName("metadata");
            WriteMetadata(writer, null, owned);
        }

        writer.WriteEndObject();
    });

    /// <summary>Writes through this thread's reusable buffer and writer; returns a copy of the bytes.</summary>
    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = _threadBuffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = _threadWriter ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        try
        {
            write(writer);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity > LargestKeptBuffer)
            {
                _threadBuffer = null;
                _threadWriter = null;
            }
        }
    }

    private static void WriteMetadata(Utf8JsonWriter writer, JsonObject? metadata, OwnedMetadata owned)
    {
        writer.WriteStartObject();
        Span<bool> seen = stackalloc bool[OwnedMetadata.Fields.Length];
        if (metadata is not null)
        {
            foreach (var (name, value) in metadata)
            {
                var field = OwnedMetadata.IndexOf(name);
                if (field < 0)
                {
                    writer.WritePropertyName(name);
                    if (value is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        value.WriteTo(writer);
                    }

                    continue;
                }

                seen[field] = true;
                owned.WriteField(writer, field);
            }
        }

        for (var field = 0; field < seen.Length; field++)
        {
            if (!seen[field])
            {
                owned.WriteField(writer, field);
            }
        }

        writer.WriteEndObject();
    }
}
