namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>A path from the object root, printed as kube prints it (<c>.spec.template.spec.containers[name="a"].image</c>).</summary>
public sealed class FieldPath(IReadOnlyList<PathElement> elements)
{
    public IReadOnlyList<PathElement> Elements { get; } = elements;

    public static FieldPath Of(params PathElement[] elements) => new(elements);

    /// <summary>Parses a dotted path of plain field names ("spec.replicas"), for building ignore lists.</summary>
    public static FieldPath Fields(string dotted) => new(dotted.Split('.').Select(PathElement.Field).ToList());

    public FieldPath Append(PathElement element) => new([.. Elements, element]);

    public override string ToString() => string.Concat(Elements.Select(e => e.ToString()));
}
