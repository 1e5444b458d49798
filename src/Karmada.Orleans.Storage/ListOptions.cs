using Karmada.Orleans.Storage.Selectors;

namespace Karmada.Orleans.Storage;

/// <summary>What to list: one resource, optionally one namespace, filtered by selectors, paginated.</summary>
public sealed record ListOptions
{
    public string? Namespace { get; init; }

    public LabelSelector? LabelSelector { get; init; }

    public FieldSelector? FieldSelector { get; init; }

    /// <summary>At most this many items; 0 = all.</summary>
    public int Limit { get; init; }

    /// <summary>The token of the previous page; the page is read at that page's revision.</summary>
    public string? Continue { get; init; }
}
