using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.SimulatedCluster;

[Collection(MemberSimulatorCollection.Name)]
public sealed class SimulatedAccessTests(MemberSimulatorFixture cluster)
{
    [Fact]
    public Task A_wrong_token_is_unauthorized() => AccessScenarios.A_wrong_token_is_unauthorized(cluster);

    [Fact]
    public Task A_server_certificate_the_kubeconfig_ca_did_not_sign_is_refused() => AccessScenarios.A_server_certificate_the_kubeconfig_ca_did_not_sign_is_refused(cluster);

    [Fact]
    public Task Paging_selectors_and_delete_collection() => AccessScenarios.Paging_selectors_and_delete_collection(cluster);

    [Fact]
    public Task Missing_objects_and_unknown_paths_are_not_found() => AccessScenarios.Missing_objects_and_unknown_paths_are_not_found(cluster);
}
