using Karmada.Orleans.Members.Meta;

namespace Karmada.Orleans.Members.Discovery;

/// <summary>
/// Every group version's resources, as far as the server could answer: an aggregated API that is down
/// (503) must not hide the rest, so its failure is reported next to what did load.
/// </summary>
public sealed record ServerResources(
    IReadOnlyList<ApiGroup> Groups,
    IReadOnlyList<ApiResourceList> Resources,
    IReadOnlyDictionary<GroupVersion, Exception> Failed);
