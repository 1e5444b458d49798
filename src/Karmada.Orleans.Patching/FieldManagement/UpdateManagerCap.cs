namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// Keeps at most <c>max</c> Update entries, as kube does: beyond that, oldest first, an updater is folded into the
/// "ancient-changes" entry of its API version (the first updater of a version becomes that entry when a second
/// one is folded), so objects written by many clients do not grow without bound.
/// </summary>
internal static class UpdateManagerCap
{
    public static IReadOnlyCollection<ManagedFieldsEntry> Apply(List<ManagedFieldsEntry> entries, string bucketManager, int max)
    {
        var updaters = entries.Where(e => !e.IsApply)
            .OrderBy(e => e.Time?.ToUnixTimeSeconds() ?? 0)
            .ThenBy(e => e.Identity, StringComparer.Ordinal)
            .ToList();
        var count = updaters.Count;
        if (count <= max)
        {
            return entries;
        }

        var all = entries.ToDictionary(e => e.Identity, StringComparer.Ordinal);
        var firstOfVersion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in updaters)
        {
            if (count <= max)
            {
                break;
            }

            var bucket = ManagedFieldsEntry.IdentityOf(bucketManager, ManagedFieldsEntry.UpdateOperation, entry.ApiVersion);
            if (!firstOfVersion.TryGetValue(entry.ApiVersion, out var first))
            {
                firstOfVersion[entry.ApiVersion] = entry.Identity;
                continue;
            }

            if (entry.Identity == bucket)
            {
                continue;
            }

            if (!all.ContainsKey(bucket))
            {
                all[bucket] = all[first] with { Manager = bucketManager };
                all.Remove(first);
            }

            all[bucket] = all[bucket] with { Fields = all[bucket].Fields.Union(entry.Fields), Time = entry.Time };
            all.Remove(entry.Identity);
            count--;
        }

        return all.Values;
    }
}
