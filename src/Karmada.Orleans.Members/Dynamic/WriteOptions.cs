using Karmada.Orleans.Members.Rest;

namespace Karmada.Orleans.Members.Dynamic;

/// <summary>The query options shared by metav1 CreateOptions, UpdateOptions and PatchOptions.</summary>
public sealed record WriteOptions
{
    /// <summary>Recorded in managedFields as the writer of the fields this request sets.</summary>
    public string? FieldManager { get; init; }

    /// <summary>Validate and default, but persist nothing (<c>dryRun=All</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Ignore, Warn or Strict (Kubernetes 1.25+; older servers ignore it).</summary>
    public string? FieldValidation { get; init; }

    internal QueryBuilder ToQuery() => new QueryBuilder()
        .Add("fieldManager", FieldManager)
        .Add("dryRun", DryRun ? "All" : null)
        .Add("fieldValidation", FieldValidation);
}
