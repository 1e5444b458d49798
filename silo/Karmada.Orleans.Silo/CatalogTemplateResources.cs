using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.Grains.Propagation;

namespace Karmada.Orleans.Silo;

/// <summary>The kinds the API serves, as the propagation controllers see them.</summary>
public sealed class CatalogTemplateResources(ResourceCatalog catalog) : ITemplateResources
{
    public IReadOnlyList<TemplateResource> All => catalog.All.GroupBy(d => d.StorageResource).Select(g => Of(g.First())).ToList();

    public TemplateResource? FindByKind(string apiVersion, string kind)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var (group, version) = slash < 0 ? ("", apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
        return catalog.FindByKind(group, version, kind) is { } definition ? Of(definition) : null;
    }

    public TemplateResource? FindByStorage(string storageResource) =>
        catalog.All.FirstOrDefault(d => d.StorageResource == storageResource) is { } definition ? Of(definition) : null;

    private static TemplateResource Of(ResourceDefinition d) => new(d.StorageResource, d.GroupVersion, d.Kind, d.Namespaced);
}
