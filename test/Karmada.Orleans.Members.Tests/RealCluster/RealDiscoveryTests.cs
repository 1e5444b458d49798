using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.RealCluster;

[Collection(KubeApiServerCollection.Name)]
public sealed class RealDiscoveryTests(KubeApiServerFixture cluster)
{
    [KubeApiServerFact]
    public Task Reads_the_version() => DiscoveryScenarios.Reads_the_version(cluster);

    [KubeApiServerFact]
    public Task Reads_groups_and_every_group_versions_resources() => DiscoveryScenarios.Reads_groups_and_every_group_versions_resources(cluster);

    [KubeApiServerFact]
    public Task Maps_built_in_kinds() => DiscoveryScenarios.Maps_built_in_kinds(cluster);

    [KubeApiServerFact]
    public Task Answers_health_endpoints() => DiscoveryScenarios.Answers_health_endpoints(cluster);
}
