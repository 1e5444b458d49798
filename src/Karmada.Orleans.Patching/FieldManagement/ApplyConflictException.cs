namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// 409 Conflict: the apply would change fields other managers own. The message and causes are kube's, e.g.
/// <c>Apply failed with 1 conflict: conflict with "kubectl-create" using v1: .data.a</c>. Re-apply with force to
/// take ownership.
/// </summary>
public sealed class ApplyConflictException(IReadOnlyList<ApplyConflict> conflicts)
    : PatchException(
        Describe(conflicts),
        409,
        "Conflict",
        conflicts.Select(c => new StatusCause("FieldManagerConflict", c.Message, c.Path.ToString())).ToList())
{
    public IReadOnlyList<ApplyConflict> Conflicts { get; } = conflicts;

    private static string Describe(IReadOnlyList<ApplyConflict> conflicts)
    {
        if (conflicts.Count == 1)
        {
            return $"Apply failed with 1 conflict: {conflicts[0].Message}: {conflicts[0].Path}";
        }

        var lines = new List<string>();
        foreach (var group in conflicts.GroupBy(c => c.Owner.Identity).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            lines.Add($"conflicts with {group.First().Owner.Display}:");
            lines.AddRange(group.Select(c => $"- {c.Path}"));
        }

        return $"Apply failed with {conflicts.Count} conflicts: {string.Join("\n", lines)}";
    }
}
