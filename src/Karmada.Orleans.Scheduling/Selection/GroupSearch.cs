namespace Karmada.Orleans.Scheduling;

/// <summary>
/// Karmada's depth-first group selection: among combinations of [min, max] groups whose values sum to
/// at least the target, pick the highest total weight, then the highest total value, then the first
/// found; a shorter combination that is a prefix of the winner wins over it.
/// </summary>
internal static class GroupSearch
{
    public static IReadOnlyList<GroupInfo>? Select(IReadOnlyList<GroupInfo> groups, int minGroups, int maxGroups, long target)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        var ordered = groups
            .OrderBy(g => g.Value)
            .ThenByDescending(g => g.Weight)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToArray();

        var paths = new List<Path>();
        var current = new List<GroupInfo>();
        var nextId = 0;

        void Search(long sum, int begin)
        {
            if (sum >= target && current.Count >= minGroups && current.Count <= maxGroups)
            {
                paths.Add(new Path(++nextId, current));
                return;
            }

            if (current.Count >= maxGroups)
            {
                return;
            }

            for (var i = begin; i < ordered.Length; i++)
            {
                current.Add(ordered[i]);
                Search(sum + ordered[i].Value, i + 1);
                current.RemoveAt(current.Count - 1);
            }
        }

        Search(0, 0);
        if (paths.Count == 0)
        {
            return null;
        }

        var prioritized = paths
            .OrderByDescending(p => p.Weight)
            .ThenByDescending(p => p.Value)
            .ThenBy(p => p.Id)
            .ToList();
        var best = prioritized[0];
        for (var i = 1; i < prioritized.Count; i++)
        {
            if (best.HasPrefix(prioritized[i]))
            {
                best = prioritized[i];
            }
        }

        return best.Groups;
    }

    private sealed class Path
    {
        public Path(int id, List<GroupInfo> groups)
        {
            Id = id;
            Groups = groups
                .OrderByDescending(g => g.Weight)
                .ThenBy(g => g.Name, StringComparer.Ordinal)
                .ToArray();
            Weight = Groups.Sum(g => g.Weight);
            Value = Groups.Sum(g => g.Value);
        }

        public int Id { get; }

        public IReadOnlyList<GroupInfo> Groups { get; }

        public long Weight { get; }

        public long Value { get; }

        public bool HasPrefix(Path shorter)
        {
            if (shorter.Groups.Count >= Groups.Count)
            {
                return false;
            }

            for (var i = 0; i < shorter.Groups.Count; i++)
            {
                if (Groups[i].Name != shorter.Groups[i].Name)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
