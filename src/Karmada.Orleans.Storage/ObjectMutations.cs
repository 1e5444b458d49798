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

    /// <summary>A new object: identity, creation time, generation 1 and the revision that creates it. <paramref name="obj"/> is not changed.</summary>
    public static byte[] Create(ResourceKey key, JsonObject obj, long revision, DateTimeOffset now, bool tracksGeneration)
    {
        var owned = Identity(key);
        var uid = obj["metadata"] is JsonObject metadata && metadata["uid"] is JsonValue given && given.GetValueKind() == JsonValueKind.String
            ? given.GetValue<string>()
            : Guid.NewGuid().ToString();
        owned.Set(OwnedMetadata.Uid, uid);
        owned.Set(OwnedMetadata.CreationTimestamp, FormatTimestamp(now));
        if (tracksGeneration)
        {
            owned.Set(OwnedMetadata.Generation, 1);
        }

        owned.Set(OwnedMetadata.ResourceVersion, revision.ToString(CultureInfo.InvariantCulture));
        return StoredJson.Write(obj, owned);
    }

    /// <summary>
    /// Applies an update of <paramref name="obj"/> to the stored version <paramref name="currentJson"/>.
    /// Returns null when nothing changed (no write), or the outcome: the new bytes, and whether the
    /// update completed a deletion. <paramref name="obj"/> is not changed.
    /// </summary>
    public static UpdateOutcome? Update(ResourceKey key, JsonObject obj, ReadOnlyMemory<byte> currentJson, long currentRevision, long revision, bool tracksGeneration)
    {
        using var current = JsonDocument.Parse(currentJson);
        var currentMetadata = Property(current.RootElement, "metadata") ?? default;
        var metadata = obj["metadata"] as JsonObject;
        CheckPreconditions(key, metadata, currentMetadata, currentRevision);

        var owned = Identity(key);
        owned.Copy(OwnedMetadata.Uid, Property(currentMetadata, "uid"));
        owned.Copy(OwnedMetadata.CreationTimestamp, Property(currentMetadata, "creationTimestamp"));
        owned.Copy(OwnedMetadata.DeletionTimestamp, Property(currentMetadata, "deletionTimestamp"));
        owned.Copy(OwnedMetadata.DeletionGracePeriodSeconds, Property(currentMetadata, "deletionGracePeriodSeconds"));
        var generation = Property(currentMetadata, "generation") is { ValueKind: JsonValueKind.Number } g && g.TryGetInt64(out var n) ? n : 1;
        if (tracksGeneration)
        {
            owned.Set(OwnedMetadata.Generation, generation);
        }

        // Compared with the stored version as read, before writing anything: the update is written once.
        var specChanged = tracksGeneration && !JsonNodeEquality.SameMembers(obj, current.RootElement, static name => name is "metadata" or "status");
        if (specChanged)
        {
            owned.Set(OwnedMetadata.Generation, generation + 1);
        }

        owned.Set(OwnedMetadata.ResourceVersion, revision.ToString(CultureInfo.InvariantCulture));
        var finishesDeletion = FinishesDeletion(owned, metadata);
        if (!specChanged && !finishesDeletion && SameExceptResourceVersion(obj, owned, current.RootElement))
        {
            return null;
        }

        return new UpdateOutcome(StoredJson.Write(obj, owned), finishesDeletion);
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
            return new UpdateOutcome(StoredJson.Write(current), false);
        }

        metadata["resourceVersion"] = revision.ToString(CultureInfo.InvariantCulture);
        return new UpdateOutcome(StoredJson.Write(current), true);
    }

    public static bool HasFinalizers(JsonObject metadata) => metadata["finalizers"] is JsonArray { Count: > 0 };

    /// <summary>
    /// Whether <paramref name="obj"/>, written with <paramref name="owned"/> metadata, would equal the
    /// stored version apart from metadata.resourceVersion: then the update changes nothing.
    /// </summary>
    private static bool SameExceptResourceVersion(JsonObject obj, OwnedMetadata owned, JsonElement current)
    {
        if (!JsonNodeEquality.SameMembers(obj, current, static name => name == "metadata")
            || Property(current, "metadata") is not { ValueKind: JsonValueKind.Object } currentMetadata)
        {
            return false;
        }

        // The written metadata: the writer's fields the store does not own, then the owned fields that have a value.
        if (!JsonNodeEquality.SameMembers(obj["metadata"] as JsonObject ?? [], currentMetadata, static name => OwnedMetadata.IndexOf(name) >= 0))
        {
            return false;
        }

        for (var field = 0; field < OwnedMetadata.Fields.Length; field++)
        {
            if (field == OwnedMetadata.ResourceVersion)
            {
                continue;
            }

            var stored = currentMetadata.TryGetProperty(OwnedMetadata.Fields[field], out var value) ? value : (JsonElement?)null;
            if (owned.Has(field) ? stored is not { } present || !owned.ValueEquals(field, present) : stored is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static JsonElement? Property(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : null;

    private static bool FinishesDeletion(OwnedMetadata owned, JsonObject? metadata) =>
        owned.Has(OwnedMetadata.DeletionTimestamp) && (metadata is null || !HasFinalizers(metadata));

    private static OwnedMetadata Identity(ResourceKey key)
    {
        var owned = new OwnedMetadata();
        owned.Set(OwnedMetadata.Name, key.Name);
        if (key.Namespace.Length > 0)
        {
            owned.Set(OwnedMetadata.Namespace, key.Namespace);
        }

        return owned;
    }

    private static void CheckPreconditions(ResourceKey key, JsonObject? metadata, JsonElement currentMetadata, long currentRevision)
    {
        if (metadata?["resourceVersion"] is JsonValue rvNode)
        {
            var text = rvNode.GetValueKind() == JsonValueKind.String ? rvNode.GetValue<string>() : rvNode.ToJsonString();
            if (text.Length > 0 && text != currentRevision.ToString(CultureInfo.InvariantCulture))
            {
                throw Conflict(key);
            }
        }

        if (metadata?["uid"] is JsonValue uid && uid.GetValueKind() == JsonValueKind.String && uid.GetValue<string>().Length > 0)
        {
            var currentUid = Property(currentMetadata, "uid") is { ValueKind: JsonValueKind.String } u ? u.GetString() : null;
            if (uid.GetValue<string>() != currentUid)
            {
                throw new StoreException(StoreErrorKind.Conflict,
                    $"Precondition failed: UID in precondition: {uid.GetValue<string>()}, UID in object meta: {currentUid}");
            }
        }
    }

    public static StoreException Conflict(ResourceKey key) => new(StoreErrorKind.Conflict,
        $"Operation cannot be fulfilled on {key.Resource} \"{key.Name}\": the object has been modified; please apply your changes to the latest version and try again");

    public static StoreException NotFound(ResourceKey key) => new(StoreErrorKind.NotFound, $"{key.Resource} \"{key.Name}\" not found");

    public static StoreException AlreadyExists(ResourceKey key) => new(StoreErrorKind.AlreadyExists, $"{key.Resource} \"{key.Name}\" already exists");
}

/// <summary>The bytes an update or delete writes, and whether the object is gone afterwards.</summary>
public sealed record UpdateOutcome(byte[] Json, bool Deleted);
