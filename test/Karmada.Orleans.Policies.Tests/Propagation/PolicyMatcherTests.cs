namespace Karmada.Orleans.Policies.Tests;

public sealed class PolicyMatcherTests
{
    private const string ByName = "[{apiVersion: apps/v1, kind: Deployment, name: nginx}]";
    private const string ByLabel = "[{apiVersion: apps/v1, kind: Deployment, labelSelector: {matchLabels: {app: nginx}}}]";
    private const string All = "[{apiVersion: apps/v1, kind: Deployment}]";
    private const string Other = "[{apiVersion: apps/v1, kind: Deployment, name: other}]";

    private static readonly JsonObject Nginx = Fixtures.Deployment();

    [Fact]
    public void Nothing_selects_the_object()
    {
        Assert.Null(PolicyMatcher.Select(Nginx, [Pp("a", Other)], [Cpp("b", Other)]));
        Assert.Null(PolicyMatcher.Select(Nginx, [], []));
    }

    [Theory]
    // Explicit priority first, whatever the selector.
    [InlineData("a:all:5", "b:name:1", "a")]
    // Then the implicit priority: name > labelSelector > match-all.
    [InlineData("a:all:0", "b:label:0", "b")]
    [InlineData("a:label:0", "b:name:0", "b")]
    [InlineData("z:name:", "a:label:", "z")]
    // Unset priority is 0.
    [InlineData("a:all:", "b:all:-1", "a")]
    // Then the smaller name.
    [InlineData("b:name:0", "a:name:0", "a")]
    [InlineData("a-2:all:0", "a-10:all:0", "a-10")]
    public void Propagation_policies_compete_by_priority_then_selector_then_name(string first, string second, string expected)
    {
        var match = PolicyMatcher.Select(Nginx, [Parse(first), Parse(second)], [])!;

        Assert.Equal(new PolicyReference("PropagationPolicy", "default", expected), match.Policy);
        Assert.Equal(PolicyMatchReason.Matched, match.Reason);
    }

    [Fact]
    public void A_propagation_policy_always_beats_cluster_propagation_policies()
    {
        var match = PolicyMatcher.Select(Nginx, [Pp("low", All, priority: -5)], [Cpp("high", ByName, priority: 100)])!;

        Assert.Equal(new PolicyReference("PropagationPolicy", "default", "low"), match.Policy);
    }

    [Fact]
    public void Cluster_propagation_policies_compete_when_no_propagation_policy_selects()
    {
        var match = PolicyMatcher.Select(Nginx, [Pp("other", Other)], [Cpp("b", All, priority: 1), Cpp("a", ByName), Cpp("c", All, priority: 1)])!;

        Assert.Equal(new PolicyReference("ClusterPropagationPolicy", null, "b"), match.Policy);
        Assert.Equal(1, match.Priority);
        Assert.Equal(ImplicitPriority.MatchAll, match.ImplicitPriority);
    }

    [Fact]
    public void Propagation_policies_of_other_namespaces_and_deleting_policies_are_ignored()
    {
        var elsewhere = Pp("a", ByName, ns: "kube-public");
        var deleting = Pp("b", ByName) with { Metadata = new ObjectMeta { Name = "b", Namespace = "default", DeletionTimestamp = DateTimeOffset.UnixEpoch } };
        var deletingCluster = Cpp("c", ByName) with { Metadata = new ObjectMeta { Name = "c", DeletionTimestamp = DateTimeOffset.UnixEpoch } };

        var match = PolicyMatcher.Select(Nginx, [elsewhere, deleting], [deletingCluster, Cpp("d", All)])!;

        Assert.Equal(new PolicyReference("ClusterPropagationPolicy", null, "d"), match.Policy);
    }

    [Fact]
    public void Cluster_scoped_objects_only_have_cluster_propagation_policies()
    {
        var crd = Fixtures.Obj("{apiVersion: apiextensions.k8s.io/v1, kind: CustomResourceDefinition, metadata: {name: guestbooks.webapp.my.domain}}");
        var selectors = "[{apiVersion: apiextensions.k8s.io/v1, kind: CustomResourceDefinition, name: guestbooks.webapp.my.domain}]";

        var match = PolicyMatcher.Select(crd, [Pp("pp", selectors, ns: "")], [Cpp("example-policy", selectors)])!;

        Assert.Equal(new PolicyReference("ClusterPropagationPolicy", null, "example-policy"), match.Policy);
    }

    [Fact]
    public void A_claimed_object_stays_with_its_policy_while_it_selects_the_object()
    {
        var claimed = new PolicyReference("PropagationPolicy", "default", "old");

        var match = PolicyMatcher.Select(Nginx, [Pp("old", All), Pp("better", ByName, priority: 10)], [], claimed)!;

        Assert.Equal(claimed, match.Policy);
        Assert.Equal(PolicyMatchReason.Claimed, match.Reason);
    }

    [Fact]
    public void A_claim_by_a_cluster_policy_holds_against_a_new_propagation_policy_without_preemption()
    {
        var claimed = new PolicyReference("ClusterPropagationPolicy", null, "cpp");

        var match = PolicyMatcher.Select(Nginx, [Pp("pp", ByName, priority: 10)], [Cpp("cpp", All)], claimed)!;

        Assert.Equal(claimed, match.Policy);
        Assert.Equal(PolicyMatchReason.Claimed, match.Reason);
    }

    [Theory]
    [InlineData("gone")]
    [InlineData("narrowed")]
    [InlineData("deleting")]
    public void A_void_claim_is_matched_afresh(string why)
    {
        var claimed = new PolicyReference("PropagationPolicy", "default", "old");
        var old = why switch
        {
            "narrowed" => [Pp("old", Other)],
            "deleting" => [Pp("old", All) with { Metadata = new ObjectMeta { Name = "old", Namespace = "default", DeletionTimestamp = DateTimeOffset.UnixEpoch } }],
            _ => Array.Empty<PropagationPolicy>(),
        };

        var match = PolicyMatcher.Select(Nginx, [.. old, Pp("next", ByLabel)], [Cpp("cpp", All, priority: 9)], claimed)!;

        Assert.Equal(new PolicyReference("PropagationPolicy", "default", "next"), match.Policy);
        Assert.Equal(PolicyMatchReason.Matched, match.Reason);
        Assert.Equal(claimed, match.Previous);
    }

    [Theory]
    // A higher-priority PP with preemption Always takes the object from a PP.
    [InlineData("pp", "5", "Always", 6, "PropagationPolicy", "Preempted")]
    // Equal priority is not enough; implicit priority does not count.
    [InlineData("pp", "5", "Always", 5, "PropagationPolicy", "Claimed")]
    // Without Always there is no preemption.
    [InlineData("pp", "5", "Never", 9, "PropagationPolicy", "Claimed")]
    [InlineData("pp", "5", "", 9, "PropagationPolicy", "Claimed")]
    // A PP with Always preempts a CPP regardless of priority.
    [InlineData("cpp", "5", "Always", -3, "PropagationPolicy", "Preempted")]
    public void Propagation_policy_preemption(string claimedKind, string claimedPriority, string preemption, int preemptorPriority, string winnerKind, string reason)
    {
        var claimedPolicy = claimedKind == "pp" ? new PolicyReference("PropagationPolicy", "default", "claimed") : new PolicyReference("ClusterPropagationPolicy", null, "claimed");
        var pps = new List<PropagationPolicy> { Pp("preemptor", All, priority: preemptorPriority, preemption: preemption) };
        var cpps = new List<ClusterPropagationPolicy>();
        if (claimedKind == "pp")
        {
            pps.Add(Pp("claimed", ByName, priority: int.Parse(claimedPriority, System.Globalization.CultureInfo.InvariantCulture)));
        }
        else
        {
            cpps.Add(Cpp("claimed", ByName, priority: int.Parse(claimedPriority, System.Globalization.CultureInfo.InvariantCulture)));
        }

        var match = PolicyMatcher.Select(Nginx, pps, cpps, claimedPolicy)!;

        Assert.Equal(Enum.Parse<PolicyMatchReason>(reason), match.Reason);
        Assert.Equal(reason == "Preempted" ? "preemptor" : "claimed", match.Policy.Name);
        Assert.Equal(reason == "Preempted" ? winnerKind : claimedPolicy.Kind, match.Policy.Kind);
    }

    [Theory]
    [InlineData(6, "Always", "Preempted")]
    [InlineData(5, "Always", "Claimed")]
    [InlineData(9, "Never", "Claimed")]
    public void Cluster_propagation_policy_preempts_only_lower_priority_cluster_policies(int preemptorPriority, string preemption, string reason)
    {
        var claimed = new PolicyReference("ClusterPropagationPolicy", null, "claimed");

        var match = PolicyMatcher.Select(Nginx, [], [Cpp("claimed", ByName, priority: 5), Cpp("preemptor", All, priority: preemptorPriority, preemption: preemption)], claimed)!;

        Assert.Equal(Enum.Parse<PolicyMatchReason>(reason), match.Reason);
    }

    [Fact]
    public void A_cluster_policy_never_preempts_a_propagation_policy()
    {
        var claimed = new PolicyReference("PropagationPolicy", "default", "pp");

        var match = PolicyMatcher.Select(Nginx, [Pp("pp", All, priority: -10)], [Cpp("cpp", ByName, priority: 100, preemption: "Always")], claimed)!;

        Assert.Equal(claimed, match.Policy);
        Assert.Equal(PolicyMatchReason.Claimed, match.Reason);
    }

    [Fact]
    public void The_best_of_several_preemptors_wins_and_the_event_names_both_policies()
    {
        var claimed = new PolicyReference("ClusterPropagationPolicy", null, "cpp");
        var pps = new[]
        {
            Pp("b", ByLabel, priority: 2, preemption: "Always"),
            Pp("a", All, priority: 2, preemption: "Always"),
            Pp("c", ByName, priority: 9),
        };

        var match = PolicyMatcher.Select(Nginx, pps, [Cpp("cpp", All)], claimed)!;

        Assert.Equal(new PolicyReference("PropagationPolicy", "default", "b"), match.Policy);
        Assert.Equal(PolicyMatchReason.Preempted, match.Reason);
        Assert.Equal(claimed, match.Previous);
        Assert.Equal("Propagation policy(default/b) preempted cluster propagation policy(cpp) successfully", match.Message);
    }

    [Fact]
    public void Preemption_can_be_switched_off_as_karmadas_feature_gate_is_by_default()
    {
        var claimed = new PolicyReference("PropagationPolicy", "default", "claimed");

        var match = PolicyMatcher.Select(Nginx, [Pp("claimed", ByName), Pp("preemptor", All, priority: 9, preemption: "Always")], [], claimed, preemptionEnabled: false)!;

        Assert.Equal(PolicyMatchReason.Claimed, match.Reason);
    }

    [Fact]
    public void The_match_carries_the_spec_and_permanent_id()
    {
        var policy = Pp("nginx-propagation", ByName) with
        {
            Metadata = new ObjectMeta { Name = "nginx-propagation", Namespace = "default", Labels = new Dictionary<string, string> { [KarmadaLabels.PropagationPolicyPermanentId] = "id-1" } },
        };

        var match = PolicyMatcher.Select(Nginx, [policy], [])!;

        Assert.Equal("id-1", match.PermanentId);
        Assert.Same(policy.Spec, match.Spec);
        Assert.Equal("Matched propagation policy(default/nginx-propagation) (priority 0, selected by name)", match.Message);
    }

    private static PropagationPolicy Parse(string spec)
    {
        var parts = spec.Split(':');
        var selectors = parts[1] switch { "name" => ByName, "label" => ByLabel, _ => All };
        return Pp(parts[0], selectors, priority: parts[2].Length == 0 ? null : int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static PropagationPolicy Pp(string name, string selectors, int? priority = null, string? preemption = null, string ns = "default") => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Spec = Spec(selectors, priority, preemption),
    };

    private static ClusterPropagationPolicy Cpp(string name, string selectors, int? priority = null, string? preemption = null) => new()
    {
        Metadata = new ObjectMeta { Name = name },
        Spec = Spec(selectors, priority, preemption),
    };

    private static PropagationSpec Spec(string selectors, int? priority, string? preemption)
        => Fixtures.Doc<PropagationSpec>($"{{resourceSelectors: {selectors}, placement: {{clusterAffinity: {{clusterNames: [member1]}}}}}}") with
        {
            Priority = priority,
            Preemption = string.IsNullOrEmpty(preemption) ? null : preemption,
        };
}
