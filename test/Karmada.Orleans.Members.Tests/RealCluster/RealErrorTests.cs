using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.RealCluster;

[Collection(KubeApiServerCollection.Name)]
public sealed class RealErrorTests(KubeApiServerFixture cluster)
{
    [KubeApiServerFact]
    public Task Request_options_are_validated_like_kube() => ErrorScenarios.Request_options_are_validated_like_kube(cluster);

    [KubeApiServerFact]
    public Task Write_refusals_carry_kubes_status() => ErrorScenarios.Write_refusals_carry_kubes_status(cluster);
}
