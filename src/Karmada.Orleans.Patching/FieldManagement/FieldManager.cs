using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;
using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// Server-side apply and field ownership (<c>metadata.managedFields</c>) with the semantics of kube-apiserver v1.20
/// (sigs.k8s.io/structured-merge-diff v4). <see cref="Apply(JsonObject?, JsonObject, string, bool, string?)"/> serves
/// <c>PATCH</c> with <c>application/apply-patch+yaml</c>; <see cref="Update"/> records every other write (create,
/// update, JSON / merge / strategic patch) for its manager. Both return a new object carrying the new managedFields.
/// </summary>
public sealed class FieldManager(PatchSchema schema, TimeProvider? timeProvider = null)
{
    /// <summary>The Update manager that takes ownership of an object's existing fields on its first apply when it has
    /// no managedFields.</summary>
    public const string BeforeFirstApplyManager = "before-first-apply";

    /// <summary>The Update manager the oldest updaters are folded into beyond <see cref="MaxUpdateManagers"/>.</summary>
    public const string AncientChangesManager = "ancient-changes";

    public const int MaxUpdateManagers = 10;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>
    /// Applies <paramref name="applied"/> (an object of the same apiVersion and kind) for <paramref name="manager"/>.
    /// <paramref name="live"/> is null when the object does not exist yet (create by apply).
    /// Throws <see cref="ApplyConflictException"/> (409) when other managers own fields the configuration changes and
    /// <paramref name="force"/> is false, <see cref="BadPatchException"/> (400) for a configuration of another
    /// version or one carrying managedFields, and <see cref="PatchFailedException"/> (500) when it does not match
    /// the schema.
    /// </summary>
    /// <param name="expectedApiVersion">The API version of the request URL; defaults to the live object's.</param>
    public JsonObject Apply(JsonObject? live, JsonObject applied, string manager, bool force = false, string? expectedApiVersion = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(manager);
        var config = Validate(live, applied, expectedApiVersion);
        var root = schema.ForKind(KindOf(config));
        var errors = new List<string>();
        var configFields = StrippedFields.From(FieldSetBuilder.Build(config, root, errors));
        if (errors.Count > 0)
        {
            throw new PatchFailedException("failed to create typed patch object: " + (errors.Count == 1 ? errors[0] : "errors:\n  " + string.Join("\n  ", errors)));
        }

        var now = _time.GetUtcNow();
        var current = live is null ? new JsonObject() : (JsonObject)live.DeepClone();
        var owners = Owners.Read(live, current);
        ManagedFieldsCodec.Strip(current);
        if (live is not null && owners.Count == 0)
        {
            TakeExistingFields(owners, current, root, now);
        }

        var applier = new ManagedFieldsEntry(manager, ManagedFieldsEntry.ApplyOperation, config["apiVersion"]!.GetValue<string>(), null, configFields);
        owners.TryGetValue(applier.Identity, out var previous);

        var merged = ApplyMerger.Merge(current, config, root);
        var conflicts = Conflicts(owners, applier.Identity, Comparison.Of(current, merged, root));
        if (conflicts.Count > 0 && !force)
        {
            var unexcused = manager == LastAppliedConfiguration.KubectlManager ? LastAppliedConfiguration.Unexcused(current, conflicts, root) : conflicts;
            if (unexcused.Count > 0)
            {
                throw new ApplyConflictException(unexcused);
            }
        }

        Disown(owners, applier.Identity, Comparison.Of(current, merged, root));
        owners[applier.Identity] = applier;
        var result = Prune(merged, previous?.Fields, owners, root);
        Disown(owners, applier.Identity, Comparison.Of(current, result, root));

        var changed = !JsonEquality.Equal(current, result);
        owners.Remove(applier.Identity);
        if (!applier.Fields.IsEmpty)
        {
            owners[applier.Identity] = applier with { Time = changed || previous is null ? now : previous.Time };
        }

        if (manager == LastAppliedConfiguration.KubectlManager)
        {
            LastAppliedConfiguration.Sync(result, config);
        }

        Owners.Write(result, owners);
        return result;
    }

    /// <summary>Parses an apply body (YAML or JSON) and applies it; undecodable YAML is a 400.</summary>
    public JsonObject Apply(JsonObject? live, string appliedYamlOrJson, string manager, bool force = false, string? expectedApiVersion = null)
        => Apply(live, AppliedConfiguration.Parse(appliedYamlOrJson), manager, force, expectedApiVersion);

    /// <summary>
    /// Records a non-apply write by <paramref name="manager"/> (create when <paramref name="live"/> is null, update,
    /// or the result of a JSON / merge / strategic merge patch): the fields it added or changed become its own and
    /// leave every other manager's set; removed fields leave every set. managedFields sent in
    /// <paramref name="updated"/> replace the live ones (an empty list clears them, untracked); otherwise the live
    /// ones are kept.
    /// Never throws for odd objects: what cannot be tracked is left as it was.
    /// </summary>
    public JsonObject Update(JsonObject? live, JsonObject updated, string manager)
    {
        ArgumentException.ThrowIfNullOrEmpty(manager);
        var result = (JsonObject)updated.DeepClone();
        if ((result["metadata"] as JsonObject)?["managedFields"] is JsonArray { Count: 0 })
        {
            // An explicit empty list resets tracking: kube then stores no managedFields at all.
            ManagedFieldsCodec.Strip(result);
            return result;
        }

        var current = live is null ? null : (JsonObject)live.DeepClone();
        var owners = Owners.ForUpdate(current, result);
        if (current is not null)
        {
            ManagedFieldsCodec.Strip(current);
        }

        ManagedFieldsCodec.Strip(result);
        JsonKinds.TryGetString(result["apiVersion"], out var apiVersion);
        var root = schema.ForKind(KindOf(result));
        var comparison = Comparison.Of(current, result, root);
        Record(owners, manager, apiVersion, comparison, _time.GetUtcNow());
        Owners.Write(result, owners);
        return result;
    }

    private static JsonObject Validate(JsonObject? live, JsonObject applied, string? expectedApiVersion)
    {
        JsonKinds.TryGetString(applied["apiVersion"], out var version);
        var expected = expectedApiVersion;
        if (expected is null && live is not null && JsonKinds.TryGetString(live["apiVersion"], out var liveVersion))
        {
            expected = liveVersion;
        }

        expected ??= version;
        if (version != expected)
        {
            throw new BadPatchException($"Incorrect version specified in apply patch. Specified patch version: {version}, expected: {expected}");
        }

        if ((applied["metadata"] as JsonObject)?["managedFields"] is { } managed && !JsonEquality.IsNull(managed))
        {
            throw new BadPatchException("metadata.managedFields must be nil");
        }

        return (JsonObject)applied.DeepClone();
    }

    private static GroupVersionKind KindOf(JsonObject obj)
    {
        JsonKinds.TryGetString(obj["apiVersion"], out var apiVersion);
        JsonKinds.TryGetString(obj["kind"], out var kind);
        return GroupVersionKind.From(apiVersion, kind);
    }

    // An object that never had managedFields: its current content belongs to "before-first-apply".
    private static void TakeExistingFields(Dictionary<string, ManagedFieldsEntry> owners, JsonObject current, SchemaNode root, DateTimeOffset now)
    {
        JsonKinds.TryGetString(current["apiVersion"], out var apiVersion);
        Record(owners, BeforeFirstApplyManager, apiVersion, Comparison.Of(null, current, root), now);
    }

    private static void Record(Dictionary<string, ManagedFieldsEntry> owners, string manager, string apiVersion, Comparison comparison, DateTimeOffset now)
    {
        var identity = ManagedFieldsEntry.IdentityOf(manager, ManagedFieldsEntry.UpdateOperation, apiVersion);
        Disown(owners, exceptIdentity: null, comparison);
        var changed = comparison.Removed.IsEmpty ? comparison.Changed : comparison.Changed.Difference(comparison.Removed);
        var taken = StrippedFields.From(changed);
        if (!taken.IsEmpty)
        {
            // A new owner (every create) takes the fresh set as it is rather than a copy joined with nothing.
            var previous = owners.GetValueOrDefault(identity)?.Fields;
            owners[identity] = new ManagedFieldsEntry(manager, ManagedFieldsEntry.UpdateOperation, apiVersion, now, previous is null || previous.IsEmpty ? taken : previous.Union(taken));
        }

        DropEmpty(owners);
    }

    private static List<ApplyConflict> Conflicts(Dictionary<string, ManagedFieldsEntry> owners, string applier, Comparison comparison)
    {
        var changed = comparison.Changed;
        var conflicts = new List<ApplyConflict>();
        foreach (var owner in owners.Values.Where(o => o.Identity != applier).OrderBy(o => o.Identity, StringComparer.Ordinal))
        {
            conflicts.AddRange(owner.Fields.Intersection(changed).Paths().Select(path => new ApplyConflict(owner, path)));
        }

        return conflicts;
    }

    // Other managers lose what this write changed (it was forced or allowed) and what it removed.
    private static void Disown(Dictionary<string, ManagedFieldsEntry> owners, string? exceptIdentity, Comparison comparison)
    {
        FieldSet? lost = null;
        foreach (var (identity, owner) in owners.ToList())
        {
            if (identity != exceptIdentity)
            {
                lost ??= comparison.Removed.IsEmpty ? comparison.Changed : comparison.Changed.Union(comparison.Removed);
                owners[identity] = owner with { Fields = owner.Fields.Difference(lost) };
            }
        }

        DropEmpty(owners);
    }

    /// <summary>
    /// Removes what the applier set last time, no longer sets, and nobody else owns. Named struct fields count as
    /// owned by whoever owns something inside them, so a struct goes only when nothing in it is owned any more.
    /// </summary>
    private static JsonObject Prune(JsonObject merged, FieldSet? previous, Dictionary<string, ManagedFieldsEntry> owners, SchemaNode root)
    {
        if (previous is null || previous.IsEmpty)
        {
            return merged;
        }

        var owned = owners.Values.Aggregate(new FieldSet(), (all, owner) => all.Union(owner.Fields));
        var orphaned = NamedFields.Ensure(previous, root).Difference(NamedFields.Ensure(owned, root));
        var result = (JsonObject)merged.DeepClone();
        FieldRemover.Remove(result, StrippedFields.From(orphaned), root);
        return result;
    }

    private static void DropEmpty(Dictionary<string, ManagedFieldsEntry> owners)
    {
        foreach (var identity in owners.Where(o => o.Value.Fields.IsEmpty).Select(o => o.Key).ToList())
        {
            owners.Remove(identity);
        }
    }

    /// <summary>Managers keyed by identity, as read from and written to an object.</summary>
    private static class Owners
    {
        public static Dictionary<string, ManagedFieldsEntry> Read(JsonObject? live, JsonObject current)
            => ToDictionary(live is null ? null : ManagedFieldsCodec.Decode(current));

        public static Dictionary<string, ManagedFieldsEntry> ForUpdate(JsonObject? live, JsonObject updated)
        {
            if ((updated["metadata"] as JsonObject)?["managedFields"] is JsonArray && ManagedFieldsCodec.Decode(updated) is { Count: > 0 } decoded)
            {
                return ToDictionary(decoded);
            }

            return ToDictionary(live is null ? null : ManagedFieldsCodec.Decode(live));
        }

        public static void Write(JsonObject obj, Dictionary<string, ManagedFieldsEntry> owners)
            => ManagedFieldsCodec.Write(obj, UpdateManagerCap.Apply(owners.Values.ToList(), AncientChangesManager, MaxUpdateManagers));

        private static Dictionary<string, ManagedFieldsEntry> ToDictionary(List<ManagedFieldsEntry>? entries)
        {
            var result = new Dictionary<string, ManagedFieldsEntry>(StringComparer.Ordinal);
            foreach (var entry in entries ?? [])
            {
                result[entry.Identity] = result.TryGetValue(entry.Identity, out var same) ? entry with { Fields = same.Fields.Union(entry.Fields) } : entry;
            }

            return result;
        }
    }
}
