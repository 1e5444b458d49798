using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Storage;

/// <summary>
/// The metadata rules of an API server's storage layer, as pure functions over JSON: what a create,
/// update or delete turns an object into, or why it is refused.
/// </summary>
public static class ObjectMutations
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FormatTimestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Metadata(JsonObject obj)
    {
        if (obj["metadata"] is JsonObject metadata)
        {
            return metadata;
        }

        metadata = [];
        obj["metadata"] = metadata;
        return metadata;
    }

    public static byte[] Serialize(JsonObject obj)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            obj.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A new object: identity, creation time, generation 1 and the revision that creates it.</summary>
    public static byte[] Create(ResourceKey key, JsonObject obj, long revision, DateTimeOffset now, bool tracksGeneration)
    {
        var metadata = Metadata(obj);
        SetIdentity(key, metadata);
        if (metadata["uid"] is null || metadata["uid"]!.GetValueKind() != JsonValueKind.String)
        {
            metadata["uid"] = Guid.NewGuid().ToString();
        }

        metadata["creationTimestamp"] = FormatTimestamp(now);
        metadata.Remove("deletionTimestamp");
        metadata.Remove("deletionGracePeriodSeconds");
        if (tracksGeneration)
        {
            metadata["generation"] = 1;
        }
        else
        {
            metadata.Remove("generation");
        }

        metadata["resourceVersion"] = revision.ToString(CultureInfo.InvariantCulture);
        return Serialize(obj);
    }

    /// <summary>
    /// Applies an update to the stored object <paramref name="current"/>. Returns null when nothing
    /// changed (no write), or the outcome: the new bytes, and whether the update completed a deletion.
    /// </summary>
    public static UpdateOutcome? Update(ResourceKey key, JsonObject obj, JsonObject current, long currentRevision, long revision, bool tracksGeneration)
    {
        var metadata = Metadata(obj);
        var currentMetadata = Metadata(current);
        CheckPreconditions(key, metadata, currentMetadata, currentRevision);

        SetIdentity(key, metadata);
        foreach (var kept in new[] { "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds" })
        {
            if (currentMetadata[kept] is { } value)
            {
                metadata[kept] = value.DeepClone();
            }
            else
            {
                metadata.Remove(kept);
            }
        }

        if (tracksGeneration)
        {
            var generation = currentMetadata["generation"]?.GetValue<long>() ?? 1;
            metadata["generation"] = SpecChanged(obj, current) ? generation + 1 : generation;
        }
        else
        {
            metadata.Remove("generation");
        }

        metadata["resourceVersion"] = currentRevision.ToString(CultureInfo.InvariantCulture);
        var finishesDeletion = metadata["deletionTimestamp"] is not null && !HasFinalizers(metadata);
        if (!finishesDeletion && JsonNode.DeepEquals(obj, current))
        {
            return null;
        }

        metadata["resourceVersion"] = revision.ToString(CultureInfo.InvariantCulture);
        return new UpdateOutcome(Serialize(obj), finishesDeletion);
    }

    /// <summary>
    /// A delete of <paramref name="current"/>: with finalizers it only gains a deletionTimestamp
    /// (Deleted = false); without, it is gone (the bytes are its last state at the deleting revision).
    /// Returns null when it is already marked for deletion and nothing changes.
    /// </summary>
    public static UpdateOutcome? Delete(ResourceKey key, JsonObject current, long currentRevision, DeletePreconditions? preconditions, long revision, DateTimeOffset now, bool tracksGeneration)
    {
        var metadata = Metadata(current);
        if (preconditions?.Uid is { } uid && metadata["uid"]?.GetValue<string>() != uid)
        {
            throw new StoreException(StoreErrorKind.Conflict,
                $"Precondition failed: UID in precondition: {uid}, UID in object meta: {metadata["uid"]?.GetValue<string>()}");
        }

        if (preconditions?.ResourceVersion is { } rv && rv != currentRevision)
        {
            throw new StoreException(StoreErrorKind.Conflict,
                $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {currentRevision}");
        }

        if (HasFinalizers(metadata))
        {
            if (metadata["deletionTimestamp"] is not null)
            {
                return null;
            }

            metadata["deletionTimestamp"] = FormatTimestamp(now);
            metadata["deletionGracePeriodSeconds"] = 0;
            if (tracksGeneration && metadata["generation"] is { } generation)
            {
                metadata["generation"] = generation.GetValue<long>() + 1;
            }

            metadata["resourceVersion"] = revision.ToString(CultureInfo.InvariantCulture);
            return new UpdateOutcome(Serialize(current), false);
        }

        metadata["resourceVersion"] = revision.ToString(CultureInfo.InvariantCulture);
        return new UpdateOutcome(Serialize(current), true);
    }

    public static bool HasFinalizers(JsonObject metadata) => metadata["finalizers"] is JsonArray { Count: > 0 };

    /// <summary>Did anything outside metadata and status change? (what bumps metadata.generation)</summary>
    public static bool SpecChanged(JsonObject updated, JsonObject current)
    {
        var count = 0;
        foreach (var (name, value) in updated)
        {
            if (name is "metadata" or "status")
            {
                continue;
            }

            count++;
            if (!current.TryGetPropertyValue(name, out var old) || !JsonNode.DeepEquals(value, old))
            {
                return true;
            }
        }

        return current.Count(p => p.Key is not ("metadata" or "status")) != count;
    }

    private static void SetIdentity(ResourceKey key, JsonObject metadata)
    {
        metadata["name"] = key.Name;
        if (key.Namespace.Length > 0)
        {
            metadata["namespace"] = key.Namespace;
        }
        else
        {
            metadata.Remove("namespace");
        }
    }

    private static void CheckPreconditions(ResourceKey key, JsonObject metadata, JsonObject currentMetadata, long currentRevision)
    {
        if (metadata["resourceVersion"] is JsonValue rvNode)
        {
            var text = rvNode.GetValueKind() == JsonValueKind.String ? rvNode.GetValue<string>() : rvNode.ToJsonString();
            if (text.Length > 0 && text != currentRevision.ToString(CultureInfo.InvariantCulture))
            {
                throw Conflict(key);
            }
        }

        if (metadata["uid"] is JsonValue uid && uid.GetValueKind() == JsonValueKind.String && uid.GetValue<string>().Length > 0
            && uid.GetValue<string>() != currentMetadata["uid"]?.GetValue<string>())
        {
            throw new StoreException(StoreErrorKind.Conflict,
                $"Precondition failed: UID in precondition: {uid.GetValue<string>()}, UID in object meta: {currentMetadata["uid"]?.GetValue<string>()}");
        }
    }

    public static StoreException Conflict(ResourceKey key) => new(StoreErrorKind.Conflict,
        $"Operation cannot be fulfilled on {key.Resource} \"{key.Name}\": the object has been modified; please apply your changes to the latest version and try again");

    public static StoreException NotFound(ResourceKey key) => new(StoreErrorKind.NotFound, $"{key.Resource} \"{key.Name}\" not found");

    public static StoreException AlreadyExists(ResourceKey key) => new(StoreErrorKind.AlreadyExists, $"{key.Resource} \"{key.Name}\" already exists");
}

/// <summary>The bytes an update or delete writes, and whether the object is gone afterwards.</summary>
public sealed record UpdateOutcome(byte[] Json, bool Deleted);
