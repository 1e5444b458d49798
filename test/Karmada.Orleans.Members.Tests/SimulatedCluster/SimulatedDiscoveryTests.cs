using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.SimulatedCluster;

[Collection(MemberSimulatorCollection.Name)]
public sealed class SimulatedDiscoveryTests(MemberSimulatorFixture cluster)
{
    [Fact]
    public Task Reads_the_version() => DiscoveryScenarios.Reads_the_version(cluster);

    [Fact]
    public Task Reads_groups_and_every_group_versions_resources() => DiscoveryScenarios.Reads_groups_and_every_group_versions_resources(cluster);

    [Fact]
    public Task Maps_built_in_kinds() => DiscoveryScenarios.Maps_built_in_kinds(cluster);

    [Fact]
    public Task Answers_health_endpoints() => DiscoveryScenarios.Answers_health_endpoints(cluster);
}
