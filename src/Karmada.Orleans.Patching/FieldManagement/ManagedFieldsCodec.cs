using System.Globalization;
using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>Reads and writes <c>metadata.managedFields</c> (FieldsV1), ordered as kube orders it.</summary>
public static class ManagedFieldsCodec
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The entries of <paramref name="obj"/>; null when absent or not decodable.</summary>
    public static List<ManagedFieldsEntry>? Decode(JsonObject obj)
    {
        if ((obj["metadata"] as JsonObject)?["managedFields"] is not JsonArray entries)
        {
            return null;
        }

        var result = new List<ManagedFieldsEntry>();
        foreach (var node in entries)
        {
            if (node is not JsonObject entry
                || !JsonKinds.TryGetString(entry["manager"], out var manager)
                || !JsonKinds.TryGetString(entry["operation"], out var operation)
                || operation is not (ManagedFieldsEntry.ApplyOperation or ManagedFieldsEntry.UpdateOperation))
            {
                return null;
            }

            JsonKinds.TryGetString(entry["apiVersion"], out var apiVersion);
            DateTimeOffset? time = JsonKinds.TryGetString(entry["time"], out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : null;
            FieldSet fields;
            try
            {
                fields = entry["fieldsV1"] is JsonObject v1 ? FieldsV1.Decode(v1) : new FieldSet();
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
            {
                return null;
            }

            result.Add(new ManagedFieldsEntry(manager, operation, apiVersion, time, fields));
        }

        return result;
    }

    /// <summary>Entries in kube's order: Apply before Update, then oldest first, then by manager and API version.</summary>
    public static JsonArray Encode(IEnumerable<ManagedFieldsEntry> entries)
    {
        var result = new JsonArray();
        foreach (var entry in Sort(entries))
        {
            var encoded = new JsonObject
            {
                ["manager"] = entry.Manager,
                ["operation"] = entry.Operation,
                ["apiVersion"] = entry.ApiVersion,
            };
            if (entry.Time is { } time)
            {
                encoded["time"] = time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
            }

            encoded["fieldsType"] = "FieldsV1";
            encoded["fieldsV1"] = FieldsV1.Encode(entry.Fields);
            result.Add(encoded);
        }

        return result;
    }

    public static IEnumerable<ManagedFieldsEntry> Sort(IEnumerable<ManagedFieldsEntry> entries)
        => entries
            .OrderBy(e => e.Operation, StringComparer.Ordinal)
            .ThenBy(e => e.Time?.ToUnixTimeSeconds() ?? 0)
            .ThenBy(e => e.Manager, StringComparer.Ordinal)
            .ThenBy(e => e.ApiVersion, StringComparer.Ordinal);

    /// <summary>Writes <paramref name="entries"/> into <paramref name="obj"/>'s metadata (removing the field when there are none).</summary>
    public static void Write(JsonObject obj, IReadOnlyCollection<ManagedFieldsEntry> entries)
    {
        if (obj["metadata"] is not JsonObject metadata)
        {
            metadata = new JsonObject();
            obj["metadata"] = metadata;
        }

        if (entries.Count == 0)
        {
            metadata.Remove("managedFields");
        }
        else
        {
            metadata["managedFields"] = Encode(entries);
        }
    }

    internal static void Strip(JsonObject obj) => (obj["metadata"] as JsonObject)?.Remove("managedFields");
}
