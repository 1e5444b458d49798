using System.Collections.Immutable;

namespace Karmada.Orleans.ApiServer.Resources;

/// <summary>
/// The resources this API serves, mutable at run time as CustomResourceDefinitions come and go.
/// Reads are lock-free snapshots.
/// </summary>
public sealed class ResourceCatalog
{
    private ImmutableDictionary<(string Group, string Version, string Plural), ResourceDefinition> _byPath =
        ImmutableDictionary<(string, string, string), ResourceDefinition>.Empty;

    private long _generation;

    /// <summary>Changes whenever a resource is added or removed (discovery caches key on it).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public IEnumerable<ResourceDefinition> All => _byPath.Values;

    public void Add(ResourceDefinition definition)
    {
        ImmutableInterlocked.Update(ref _byPath, d => d.SetItem((definition.Group, definition.Version, definition.Plural), definition));
        Interlocked.Increment(ref _generation);
    }

    public void Remove(string group, string version, string plural)
    {
        ImmutableInterlocked.Update(ref _byPath, d => d.Remove((group, version, plural)));
        Interlocked.Increment(ref _generation);
    }

    public ResourceDefinition? Find(string group, string version, string plural) =>
        _byPath.GetValueOrDefault((group, version, plural));

    public ResourceDefinition? FindByKind(string group, string version, string kind) =>
        _byPath.Values.FirstOrDefault(d => d.Group == group && d.Version == version && d.Kind == kind);

    public bool ServesGroupVersion(string group, string version) =>
        _byPath.Keys.Any(k => k.Group == group && k.Version == version);

    public bool ServesGroup(string group) => _byPath.Keys.Any(k => k.Group == group);

    /// <summary>Groups with their versions, preferred (first) version first; the core group excluded.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<string> Versions)> Groups() =>
        _byPath.Values.Where(d => d.Group.Length > 0)
            .GroupBy(d => d.Group)
            .OrderBy(g => GroupOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.Select(d => d.Version).Distinct().OrderByDescending(VersionPriority).ToList()))
            .ToList();

    public IReadOnlyList<ResourceDefinition> InGroupVersion(string group, string version) =>
        _byPath.Values.Where(d => d.Group == group && d.Version == version).OrderBy(d => d.Plural, StringComparer.Ordinal).ToList();

    /// <summary>Kubernetes' version priority: GA over beta over alpha, higher numbers first.</summary>
    public static int VersionPriority(string version)
    {
        var match = System.Text.RegularExpressions.Regex.Match(version, "^v(\\d+)(?:(alpha|beta)(\\d+))?$");
        if (!match.Success)
        {
            return 0;
        }

        var major = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var stage = match.Groups[2].Value switch { "" => 3, "beta" => 2, _ => 1 };
        var minor = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (stage * 1_000_000) + (major * 1000) + minor;
    }

    // Built-in groups first in a stable order, like kube-apiserver's discovery.
    private static int GroupOrder(string group) => group switch
    {
        "apiregistration.k8s.io" => 0,
        "apps" => 1,
        "events.k8s.io" => 2,
        "authentication.k8s.io" => 3,
        "authorization.k8s.io" => 4,
        "autoscaling" => 5,
        "batch" => 6,
        "certificates.k8s.io" => 7,
        "networking.k8s.io" => 8,
        "policy" => 9,
        "rbac.authorization.k8s.io" => 10,
        "storage.k8s.io" => 11,
        "admissionregistration.k8s.io" => 12,
        "apiextensions.k8s.io" => 13,
        "scheduling.k8s.io" => 14,
        "coordination.k8s.io" => 15,
        "node.k8s.io" => 16,
        "discovery.k8s.io" => 17,
        _ => 100,
    };
}
