using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Mapping;

/// <summary>How a kind is served: its resource (plural), scope, verbs and subresources.</summary>
public sealed record RestMapping(
    GroupVersionResource Resource,
    GroupVersionKind Kind,
    ResourceScope Scope,
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> ShortNames,
    IReadOnlyDictionary<string, GroupVersionKind> Subresources)
{
    public bool Namespaced => Scope == ResourceScope.Namespaced;

    public bool Supports(string verb) => Verbs.Contains(verb, StringComparer.Ordinal);

    public bool HasSubresource(string subresource) => Subresources.ContainsKey(subresource);
}
