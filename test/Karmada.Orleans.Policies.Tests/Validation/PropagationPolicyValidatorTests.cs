using Karmada.Orleans.Apis;

namespace Karmada.Orleans.Policies.Tests.Validation;

public sealed class PropagationPolicyValidatorTests
{
    private static PropagationSpec Spec(string placementYaml) => KarmadaJson.Deserialize<PropagationSpec>(KubeYaml.ParseSingle($"""
        resourceSelectors:
        - apiVersion: apps/v1
          kind: Deployment
        placement:
        {placementYaml}
        """));

    [Fact]
    public void A_valid_policy_has_no_errors() =>
        Assert.Empty(PropagationPolicyValidator.Validate(Spec("  clusterAffinity: {clusterNames: [member1]}")));

    [Fact]
    public void ClusterAffinity_and_clusterAffinities_together_are_forbidden_and_duplicate_affinity_names_invalid()
    {
        var errors = PropagationPolicyValidator.Validate(Spec("""
              clusterAffinity: {clusterNames: [member1]}
              clusterAffinities:
              - affinityName: primary
                clusterNames: [member1]
              - affinityName: primary
                clusterNames: [member2]
            """)).Select(e => e.ToString()).ToList();

        Assert.Contains("spec.placement.clusterAffinities: Forbidden: clusterAffinities can not co-exist with clusterAffinity", errors);
        Assert.Contains(errors, e => e.StartsWith("spec.placement.clusterAffinities[1].affinityName: Invalid value: \"primary\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Spread_constraints_are_checked_as_the_webhook_does()
    {
        var errors = PropagationPolicyValidator.Validate(Spec("""
              spreadConstraints:
              - spreadByField: region
                spreadByLabel: topology
                maxGroups: 1
                minGroups: 2
            """)).Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.Contains("spreadByLabel should not co-exist with spreadByField", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("maxGroups lower than minGroups is not allowed", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("the cluster spread constraint must be enabled", StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_add_karmadas_not_ready_and_unreachable_tolerations_and_weighted_division()
    {
        var spec = PropagationPolicyDefaults.Apply(Spec("  replicaScheduling: {replicaSchedulingType: Divided}"));

        Assert.Equal(ReplicaDivisionPreference.Weighted, spec.Placement.ReplicaScheduling!.ReplicaDivisionPreference);
        Assert.Equal([KarmadaTaints.NotReady, KarmadaTaints.Unreachable], spec.Placement.ClusterTolerations!.Select(t => t.Key));
        Assert.All(spec.Placement.ClusterTolerations!, t => Assert.Equal(300, t.TolerationSeconds));
        Assert.Equal(("Abort", "Never", 0, "default-scheduler"), (spec.ConflictResolution, spec.Preemption, spec.Priority, spec.SchedulerName));
    }
}
