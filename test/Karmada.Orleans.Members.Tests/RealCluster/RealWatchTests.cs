using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.RealCluster;

[Collection(KubeApiServerCollection.Name)]
public sealed class RealWatchTests(KubeApiServerFixture cluster)
{
    [KubeApiServerFact]
    public Task Watch_sees_added_modified_deleted_in_order() => WatchScenarios.Watch_sees_added_modified_deleted_in_order(cluster);

    [KubeApiServerFact]
    public Task Informer_resumes_after_a_forced_disconnect_without_gaps_or_duplicates() => WatchScenarios.Informer_resumes_after_a_forced_disconnect_without_gaps_or_duplicates(cluster);
}
