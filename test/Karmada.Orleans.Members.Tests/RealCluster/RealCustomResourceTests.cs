using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.RealCluster;

[Collection(KubeApiServerCollection.Name)]
public sealed class RealCustomResourceTests(KubeApiServerFixture cluster)
{
    [KubeApiServerFact]
    public Task A_new_crds_kind_is_found_and_served() => CustomResourceScenarios.A_new_crds_kind_is_found_and_served(cluster);
}
