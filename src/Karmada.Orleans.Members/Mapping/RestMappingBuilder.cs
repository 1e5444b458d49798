using Karmada.Orleans.Members.Discovery;
using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Mapping;

/// <summary>Derives REST mappings from one group version's discovery document.</summary>
public static class RestMappingBuilder
{
    public static IReadOnlyList<RestMapping> FromResourceList(ApiResourceList list)
    {
        var groupVersion = GroupVersion.Parse(list.GroupVersion);
        var subresources = new Dictionary<string, Dictionary<string, GroupVersionKind>>(StringComparer.Ordinal);
        foreach (var resource in list.Resources)
        {
            var slash = resource.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                continue;
            }

            var parent = resource.Name[..slash];
            var kind = new GroupVersionKind(
                resource.Group ?? groupVersion.Group,
                string.IsNullOrEmpty(resource.Version) ? groupVersion.Version : resource.Version,
                resource.Kind);
            if (!subresources.TryGetValue(parent, out var forParent))
            {
                forParent = new Dictionary<string, GroupVersionKind>(StringComparer.Ordinal);
                subresources[parent] = forParent;
            }

            forParent[resource.Name[(slash + 1)..]] = kind;
        }

        var mappings = new List<RestMapping>();
        foreach (var resource in list.Resources)
        {
            if (resource.Name.Contains('/', StringComparison.Ordinal) || resource.Name.Length == 0)
            {
                continue;
            }

            mappings.Add(new RestMapping(
                groupVersion.WithResource(resource.Name),
                new GroupVersionKind(
                    string.IsNullOrEmpty(resource.Group) ? groupVersion.Group : resource.Group,
                    string.IsNullOrEmpty(resource.Version) ? groupVersion.Version : resource.Version,
                    resource.Kind),
                resource.Namespaced ? ResourceScope.Namespaced : ResourceScope.Cluster,
                resource.Verbs,
                resource.ShortNames ?? [],
                subresources.TryGetValue(resource.Name, out var subs) ? subs : new Dictionary<string, GroupVersionKind>()));
        }

        return mappings;
    }
}
