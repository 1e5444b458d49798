namespace Karmada.Orleans.Members.Discovery;

/// <summary>One resource of a group version; subresources are named <c>parent/sub</c>.</summary>
public sealed record ApiResource
{
    public string Name { get; init; } = "";
    public string SingularName { get; init; } = "";
    public bool Namespaced { get; init; }

    /// <summary>Set when the resource's kind lives in another group (e.g. <c>deployments/scale</c> is <c>autoscaling</c>).</summary>
    public string? Group { get; init; }

    public string? Version { get; init; }
    public string Kind { get; init; } = "";
    public IReadOnlyList<string> Verbs { get; init; } = [];
    public IReadOnlyList<string>? ShortNames { get; init; }
    public IReadOnlyList<string>? Categories { get; init; }
}
