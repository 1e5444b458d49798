using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Rest;

namespace Karmada.Orleans.Members.Discovery;

/// <summary>Reads what a server serves: <c>/version</c>, <c>/api</c>, <c>/apis</c>, <c>/api/v1</c>, <c>/apis/G/V</c>.</summary>
public sealed class DiscoveryClient
{
    private readonly KubernetesRestClient _rest;

    public DiscoveryClient(KubernetesRestClient rest)
    {
        _rest = rest;
    }

    public Task<VersionInfo> GetServerVersionAsync(CancellationToken cancellationToken = default) =>
        _rest.GetAsync("/version", MembersJsonContext.Default.VersionInfo, cancellationToken);

    /// <summary>The core group's versions (<c>/api</c>).</summary>
    public Task<ApiVersions> GetCoreApiVersionsAsync(CancellationToken cancellationToken = default) =>
        _rest.GetAsync("/api", MembersJsonContext.Default.ApiVersions, cancellationToken);

    /// <summary>All groups, the core group (name "") first, as client-go's ServerGroups.</summary>
    public async Task<IReadOnlyList<ApiGroup>> GetServerGroupsAsync(CancellationToken cancellationToken = default)
    {
        var core = await GetCoreApiVersionsAsync(cancellationToken);
        var groups = await _rest.GetAsync("/apis", MembersJsonContext.Default.ApiGroupList, cancellationToken);
        var result = new List<ApiGroup>();
        if (core.Versions.Count > 0)
        {
            var versions = core.Versions.Select(v => new GroupVersionForDiscovery { GroupVersion = v, Version = v }).ToList();
            result.Add(new ApiGroup { Name = "", Versions = versions, PreferredVersion = versions[0] });
        }

        result.AddRange(groups.Groups);
        return result;
    }

    /// <summary>The resources of one group version; a 404 means the group version is not served.</summary>
    public Task<ApiResourceList> GetServerResourcesForGroupVersionAsync(GroupVersion groupVersion, CancellationToken cancellationToken = default) =>
        _rest.GetAsync(groupVersion.DiscoveryPath, MembersJsonContext.Default.ApiResourceList, cancellationToken);

    /// <summary>
    /// Every group version's resources (Karmada's API enablements). Group versions that fail (an aggregated API
    /// that is down) are reported in <see cref="ServerResources.Failed"/> instead of failing the whole call.
    /// </summary>
    public async Task<ServerResources> GetServerGroupsAndResourcesAsync(CancellationToken cancellationToken = default)
    {
        var groups = await GetServerGroupsAsync(cancellationToken);
        var groupVersions = groups.SelectMany(g => g.Versions).Select(v => GroupVersion.Parse(v.GroupVersion)).Distinct().ToList();
        var tasks = groupVersions.Select(async gv =>
        {
            try
            {
                return (gv, List: await GetServerResourcesForGroupVersionAsync(gv, cancellationToken), Error: (Exception?)null);
            }
            catch (Exception e) when (e is KubernetesApiException or KubernetesTransportException or InvalidDataException)
            {
                return (gv, List: (ApiResourceList?)null, Error: e);
            }
        });
        var results = await Task.WhenAll(tasks);
        return new ServerResources(
            groups,
            results.Where(r => r.List is not null).Select(r => r.List!).ToList(),
            results.Where(r => r.Error is not null).ToDictionary(r => r.gv, r => r.Error!));
    }
}
