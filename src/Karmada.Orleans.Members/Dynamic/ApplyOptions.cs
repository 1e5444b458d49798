using Karmada.Orleans.Members.Rest;

namespace Karmada.Orleans.Members.Dynamic;

/// <summary>Server-side apply: the field manager that owns the applied fields, and whether to take over conflicting ones.</summary>
public sealed record ApplyOptions(string FieldManager)
{
    /// <summary>Take ownership of fields other managers set instead of failing with a conflict.</summary>
    public bool Force { get; init; }

    public bool DryRun { get; init; }

    internal QueryBuilder ToQuery()
    {
        if (string.IsNullOrWhiteSpace(FieldManager))
        {
            throw new ArgumentException("server-side apply needs a field manager", nameof(FieldManager));
        }

        return new QueryBuilder()
            .Add("fieldManager", FieldManager)
            .Add("force", Force)
            .Add("dryRun", DryRun ? "All" : null);
    }
}
