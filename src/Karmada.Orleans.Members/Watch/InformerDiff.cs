using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;

namespace Karmada.Orleans.Members.Watch;

/// <summary>
/// What changed between the cache and a fresh list: after a relist (410 Gone) the consumer gets the
/// additions, modifications and deletions it missed instead of a second copy of everything.
/// </summary>
public static class InformerDiff
{
    public static IReadOnlyList<InformerEvent> Compute(IReadOnlyDictionary<ObjectKey, JsonObject> cached, IReadOnlyList<JsonObject> listed)
    {
        var events = new List<InformerEvent>();
        var seen = new HashSet<ObjectKey>();
        foreach (var item in listed)
        {
            var key = ObjectKey.From(item);
            seen.Add(key);
            if (!cached.TryGetValue(key, out var old))
            {
                events.Add(new InformerEvent(InformerEventType.Added, item));
            }
            else if (old.GetUid() != item.GetUid())
            {
                // Deleted and re-created while we were not watching.
                events.Add(new InformerEvent(InformerEventType.Deleted, old, old));
                events.Add(new InformerEvent(InformerEventType.Added, item));
            }
            else if (old.GetResourceVersion() != item.GetResourceVersion())
            {
                events.Add(new InformerEvent(InformerEventType.Modified, item, old));
            }
        }

        foreach (var (key, old) in cached.OrderBy(e => e.Key.ToString(), StringComparer.Ordinal))
        {
            if (!seen.Contains(key))
            {
                events.Add(new InformerEvent(InformerEventType.Deleted, old, old));
            }
        }

        return events;
    }
}
