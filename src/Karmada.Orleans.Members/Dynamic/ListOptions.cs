using Karmada.Orleans.Members.Rest;

namespace Karmada.Orleans.Members.Dynamic;

/// <summary>metav1.ListOptions for a list: selectors, paging (limit/continue) and resourceVersion semantics.</summary>
public sealed record ListOptions
{
    /// <summary>e.g. <c>app=nginx,tier!=db</c> or <c>env in (prod,staging)</c>.</summary>
    public string? LabelSelector { get; init; }

    /// <summary>e.g. <c>metadata.name=foo</c>.</summary>
    public string? FieldSelector { get; init; }

    /// <summary>Page size; the answer carries a continue token when more remain.</summary>
    public long? Limit { get; init; }

    public string? Continue { get; init; }

    /// <summary>"" (default) reads the latest state; "0" allows any (cached) state.</summary>
    public string? ResourceVersion { get; init; }

    /// <summary>NotOlderThan or Exact (Kubernetes 1.19+).</summary>
    public string? ResourceVersionMatch { get; init; }

    public int? TimeoutSeconds { get; init; }

    internal QueryBuilder ToQuery() => new QueryBuilder()
        .Add("labelSelector", LabelSelector)
        .Add("fieldSelector", FieldSelector)
        .Add("limit", Limit is > 0 ? Limit : null)
        .Add("continue", Continue)
        .Add("resourceVersion", ResourceVersion)
        .Add("resourceVersionMatch", ResourceVersionMatch)
        .Add("timeoutSeconds", TimeoutSeconds);
}
