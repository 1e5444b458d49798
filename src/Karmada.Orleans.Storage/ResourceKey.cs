namespace Karmada.Orleans.Storage;

/// <summary>
/// Where an object lives in the store: its resource (plural name and group, e.g. "deployments.apps",
/// "configmaps" for the core group), namespace ("" for cluster-scoped objects) and name.
/// </summary>
public readonly record struct ResourceKey(string Resource, string Namespace, string Name)
{
    /// <summary>The storage key; keys of one resource sort by namespace, then name.</summary>
    public string StorageKey => $"{Resource}/{Namespace}/{Name}";

    public static string Prefix(string resource, string? ns) => ns is null ? $"{resource}/" : $"{resource}/{ns}/";

    public override string ToString() => Namespace.Length == 0 ? $"{Resource}/{Name}" : $"{Resource}/{Namespace}/{Name}";
}
