using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.RealCluster;

[Collection(KubeApiServerCollection.Name)]
public sealed class RealDeploymentTests(KubeApiServerFixture cluster)
{
    [KubeApiServerFact]
    public Task Deployment_lifecycle() => DeploymentScenarios.Deployment_lifecycle(cluster);

    [KubeApiServerFact]
    public Task Unpinned_patches_and_scales_land_through_concurrent_writers() => DeploymentScenarios.Unpinned_patches_and_scales_land_through_concurrent_writers(cluster);

    [KubeApiServerFact]
    public Task Server_side_apply_creates_updates_and_reports_conflicts() => DeploymentScenarios.Server_side_apply_creates_updates_and_reports_conflicts(cluster);

    [KubeApiServerFact]
    public Task Invalid_objects_list_every_cause() => DeploymentScenarios.Invalid_objects_list_every_cause(cluster);
}
