using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.SimulatedCluster;

[Collection(MemberSimulatorCollection.Name)]
public sealed class SimulatedDeploymentTests(MemberSimulatorFixture cluster)
{
    [Fact]
    public Task Deployment_lifecycle() => DeploymentScenarios.Deployment_lifecycle(cluster);

    [Fact]
    public Task Unpinned_patches_and_scales_land_through_concurrent_writers() => DeploymentScenarios.Unpinned_patches_and_scales_land_through_concurrent_writers(cluster);

    [Fact]
    public Task Server_side_apply_creates_updates_and_reports_conflicts() => DeploymentScenarios.Server_side_apply_creates_updates_and_reports_conflicts(cluster);

    [Fact]
    public Task Invalid_objects_list_every_cause() => DeploymentScenarios.Invalid_objects_list_every_cause(cluster);
}
