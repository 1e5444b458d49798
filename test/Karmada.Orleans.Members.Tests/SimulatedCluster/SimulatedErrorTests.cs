using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.SimulatedCluster;

[Collection(MemberSimulatorCollection.Name)]
public sealed class SimulatedErrorTests(MemberSimulatorFixture cluster)
{
    [Fact]
    public Task Request_options_are_validated_like_kube() => ErrorScenarios.Request_options_are_validated_like_kube(cluster);

    [Fact]
    public Task Write_refusals_carry_kubes_status() => ErrorScenarios.Write_refusals_carry_kubes_status(cluster);
}
