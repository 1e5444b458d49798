using System.Collections.Concurrent;
using Karmada.Orleans.Members.Discovery;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Mapping;

/// <summary>
/// Maps kinds to resources (and back) from discovery, caching per group version. A miss re-reads that group
/// version once before failing, so a kind served by a freshly created CRD is found without a manual reset.
/// Concurrent lookups of one group version share one request.
/// </summary>
public sealed class RestMapper
{
    private readonly DiscoveryClient _discovery;
    private readonly string _cluster;
    private readonly ConcurrentDictionary<GroupVersion, Task<IReadOnlyList<RestMapping>?>> _byGroupVersion = new();
    private readonly object _groupsLock = new();
    private Task<IReadOnlyList<ApiGroup>>? _groups;

    public RestMapper(DiscoveryClient discovery, string cluster)
    {
        _discovery = discovery;
        _cluster = cluster;
    }

    /// <summary>The mapping of a kind; throws <see cref="NoKindMatchException"/> when the server does not serve it.</summary>
    public async Task<RestMapping> GetMappingAsync(GroupVersionKind kind, CancellationToken cancellationToken = default)
    {
        var (mapping, served) = await FindAsync(kind.GroupVersion, m => m.Kind.Kind == kind.Kind, cancellationToken);
        return mapping ?? throw new NoKindMatchException(_cluster, $"kind \"{kind.Kind}\" in version \"{kind.ApiVersion}\"", kind.GroupVersion, served);
    }

    /// <summary>The mapping of a resource, by plural, singular or short name.</summary>
    public async Task<RestMapping> GetMappingAsync(GroupVersionResource resource, CancellationToken cancellationToken = default)
    {
        var name = resource.Resource;
        var (mapping, served) = await FindAsync(
            resource.GroupVersion,
            m => m.Resource.Resource == name || m.ShortNames.Contains(name, StringComparer.Ordinal) || string.Equals(m.Kind.Kind, name, StringComparison.OrdinalIgnoreCase),
            cancellationToken);
        return mapping ?? throw new NoKindMatchException(_cluster, $"resource \"{name}\" in version \"{resource.GroupVersion}\"", resource.GroupVersion, served);
    }

    /// <summary>The mapping of a kind in its group's preferred version (or the first version of the group serving it).</summary>
    public async Task<RestMapping> GetPreferredMappingAsync(string group, string kind, CancellationToken cancellationToken = default)
    {
        for (var refresh = 0; refresh < 2; refresh++)
        {
            var groups = await GetGroupsAsync(refresh == 1, cancellationToken);
            var apiGroup = groups.FirstOrDefault(g => g.Name == group);
            if (apiGroup is null)
            {
                continue;
            }

            var versions = apiGroup.Versions.Select(v => v.Version).ToList();
            if (apiGroup.PreferredVersion is { } preferred)
            {
                versions.Remove(preferred.Version);
                versions.Insert(0, preferred.Version);
            }

            foreach (var version in versions)
            {
                var (mapping, _) = await FindAsync(new GroupVersion(group, version), m => m.Kind.Kind == kind, cancellationToken);
                if (mapping is not null)
                {
                    return mapping;
                }
            }
        }

        var shown = new GroupVersion(group, "*");
        throw new NoKindMatchException(_cluster, $"kind \"{kind}\" in group \"{group}\"", shown, groupVersionServed: false);
    }

    /// <summary>All top-level resources of a group version; empty when it is not served.</summary>
    public async Task<IReadOnlyList<RestMapping>> GetMappingsAsync(GroupVersion groupVersion, CancellationToken cancellationToken = default) =>
        await LoadAsync(groupVersion, stale: null, cancellationToken) ?? [];

    /// <summary>Forgets everything learned from discovery.</summary>
    public void Invalidate()
    {
        _byGroupVersion.Clear();
        lock (_groupsLock)
        {
            _groups = null;
        }
    }

    public void Invalidate(GroupVersion groupVersion) => _byGroupVersion.TryRemove(groupVersion, out _);

    private async Task<(RestMapping? Mapping, bool Served)> FindAsync(GroupVersion groupVersion, Func<RestMapping, bool> match, CancellationToken cancellationToken)
    {
        var cached = _byGroupVersion.GetValueOrDefault(groupVersion);
        var mappings = await LoadAsync(groupVersion, stale: null, cancellationToken);
        var found = mappings?.FirstOrDefault(match);
        if (found is not null)
        {
            return (found, true);
        }

        // A miss on what was cached: read the group version again (a CRD may have been created since).
        if (cached is not null)
        {
            mappings = await LoadAsync(groupVersion, stale: cached, cancellationToken);
            found = mappings?.FirstOrDefault(match);
        }

        return (found, mappings is not null);
    }

    private Task<IReadOnlyList<RestMapping>?> LoadAsync(GroupVersion groupVersion, Task<IReadOnlyList<RestMapping>?>? stale, CancellationToken cancellationToken)
    {
        while (true)
        {
            // A failed read is not remembered: the next lookup asks again.
            if (_byGroupVersion.TryGetValue(groupVersion, out var current) && current != stale && !current.IsFaulted && !current.IsCanceled)
            {
                return current.WaitAsync(cancellationToken);
            }

            var fresh = FetchAsync(groupVersion);
            var stored = current is null ? _byGroupVersion.TryAdd(groupVersion, fresh) : _byGroupVersion.TryUpdate(groupVersion, fresh, current);
            if (stored)
            {
                return fresh.WaitAsync(cancellationToken);
            }
        }
    }

    private async Task<IReadOnlyList<RestMapping>?> FetchAsync(GroupVersion groupVersion)
    {
        await Task.Yield();
        try
        {
            var list = await _discovery.GetServerResourcesForGroupVersionAsync(groupVersion, CancellationToken.None);
            return RestMappingBuilder.FromResourceList(list);
        }
        catch (KubernetesNotFoundException)
        {
            return null;
        }
    }

    private Task<IReadOnlyList<ApiGroup>> GetGroupsAsync(bool refresh, CancellationToken cancellationToken)
    {
        lock (_groupsLock)
        {
            if (_groups is null || refresh || _groups.IsFaulted || _groups.IsCanceled)
            {
                _groups = _discovery.GetServerGroupsAsync(CancellationToken.None);
            }

            return _groups.WaitAsync(cancellationToken);
        }
    }
}
