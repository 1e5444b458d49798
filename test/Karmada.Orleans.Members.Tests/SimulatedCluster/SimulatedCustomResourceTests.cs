using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.SimulatedCluster;

[Collection(MemberSimulatorCollection.Name)]
public sealed class SimulatedCustomResourceTests(MemberSimulatorFixture cluster)
{
    [Fact]
    public Task A_new_crds_kind_is_found_and_served() => CustomResourceScenarios.A_new_crds_kind_is_found_and_served(cluster);
}
