namespace Karmada.Orleans.Policies.Tests;

public sealed class OverrideManagerTests
{
    private static readonly Cluster Member1 = Fixtures.Cluster("member1", new Dictionary<string, string> { ["env"] = "prod" }, region: "eu");
    private static readonly Cluster Member2 = Fixtures.Cluster("member2", new Dictionary<string, string> { ["env"] = "dev" }, region: "us");

    private static string Replicas(int n) => $"overrideRules: [{{overriders: {{plaintext: [{{path: /spec/replicas, operator: replace, value: {n}}}]}}}}]";

    private static OverrideResult Apply(Cluster cluster, IEnumerable<ClusterOverridePolicy> cops, IEnumerable<OverridePolicy> ops, JsonObject? obj = null)
    {
        var result = OverrideManager.Apply(obj ?? Fixtures.Deployment(), cluster, cops, ops);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result;
    }

    private static string Names(AppliedOverrides applied) => string.Join(",", applied.Items.Select(i => i.PolicyName));

    [Fact]
    public void Cluster_override_policies_apply_before_override_policies()
    {
        var result = Apply(Member1, [Fixtures.Cop("z-cluster", Replicas(7))], [Fixtures.Op("a-namespaced", Replicas(3))]);

        Assert.Equal("3", Fixtures.At(result.Object, "/spec/replicas"));
        Assert.Equal("z-cluster", Names(result.AppliedClusterOverrides));
        Assert.Equal("a-namespaced", Names(result.AppliedOverrides));
    }

    [Fact]
    public void Within_a_kind_policies_apply_by_name_so_the_last_name_wins()
    {
        var result = Apply(Member1, [Fixtures.Cop("b", Replicas(2)), Fixtures.Cop("c", Replicas(3)), Fixtures.Cop("a", Replicas(1))], []);

        Assert.Equal("3", Fixtures.At(result.Object, "/spec/replicas"));
        Assert.Equal("a,b,c", Names(result.AppliedClusterOverrides));
    }

    [Fact]
    public void Implicit_priority_puts_name_selectors_last_then_label_selectors_then_match_all()
    {
        var byName = Fixtures.Op("a-by-name", "resourceSelectors: [{apiVersion: apps/v1, kind: Deployment, name: nginx}]\n" + Replicas(30));
        var byLabel = Fixtures.Op("b-by-label", "resourceSelectors: [{apiVersion: apps/v1, kind: Deployment, labelSelector: {matchLabels: {app: nginx}}}]\n" + Replicas(20));
        var byKind = Fixtures.Op("c-by-kind", "resourceSelectors: [{apiVersion: apps/v1, kind: Deployment}]\n" + Replicas(10));
        var all = Fixtures.Op("d-no-selectors", Replicas(0));

        var result = Apply(Member1, [], [byName, byLabel, byKind, all]);

        Assert.Equal("30", Fixtures.At(result.Object, "/spec/replicas"));
        Assert.Equal("c-by-kind,d-no-selectors,b-by-label,a-by-name", Names(result.AppliedOverrides));
    }

    [Fact]
    public void Rules_apply_in_order_when_their_target_cluster_matches()
    {
        var policy = Fixtures.Op("op", """
            overrideRules:
            - overriders: {plaintext: [{path: /spec/replicas, operator: replace, value: 1}]}
            - targetCluster: {clusterNames: [member1]}
              overriders: {plaintext: [{path: /spec/replicas, operator: replace, value: 2}]}
            - targetCluster: {labelSelector: {matchLabels: {env: prod}}}
              overriders: {labelsOverrider: [{operator: add, value: {tier: prod}}]}
            - targetCluster: {fieldSelector: {matchExpressions: [{key: region, operator: In, values: [us]}]}}
              overriders: {labelsOverrider: [{operator: add, value: {region: us}}]}
            - targetCluster: {exclude: [member1]}
              overriders: {plaintext: [{path: /spec/replicas, operator: replace, value: 9}]}
            """);

        var on1 = Apply(Member1, [], [policy]);
        var on2 = Apply(Member2, [], [policy]);

        Assert.Equal("2", Fixtures.At(on1.Object, "/spec/replicas"));
        Assert.Equal("""{"app":"nginx","tier":"prod"}""", Fixtures.At(on1.Object, "/metadata/labels"));
        Assert.Equal(3, on1.AppliedOverrides.Items.Count);
        Assert.Equal("9", Fixtures.At(on2.Object, "/spec/replicas"));
        Assert.Equal("""{"app":"nginx","region":"us"}""", Fixtures.At(on2.Object, "/metadata/labels"));
        Assert.Equal(3, on2.AppliedOverrides.Items.Count);
    }

    [Fact]
    public void The_deprecated_target_cluster_and_overriders_pair_is_one_rule()
    {
        var policy = Fixtures.Op("old-style", """
            targetCluster: {clusterNames: [member2]}
            overriders: {plaintext: [{path: /spec/replicas, operator: replace, value: 4}]}
            """);

        Assert.Equal("2", Fixtures.At(Apply(Member1, [], [policy]).Object, "/spec/replicas"));
        var on2 = Apply(Member2, [], [policy]);
        Assert.Equal("4", Fixtures.At(on2.Object, "/spec/replicas"));
        Assert.Equal("old-style", Names(on2.AppliedOverrides));
    }

    [Fact]
    public void Override_policies_apply_only_to_objects_of_their_namespace()
    {
        var elsewhere = Fixtures.Op("elsewhere", Replicas(5), ns: "other");
        var clusterScoped = Fixtures.Obj("{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: {name: r}}");
        var noNamespacePolicy = Fixtures.Op("no-ns", "overrideRules: [{overriders: {labelsOverrider: [{operator: add, value: {a: b}}]}}]", ns: "");

        Assert.True(Apply(Member1, [], [elsewhere]).AppliedOverrides.IsEmpty);
        var role = Apply(Member1, [Fixtures.Cop("cop", "overrideRules: [{overriders: {labelsOverrider: [{operator: add, value: {c: d}}]}}]")], [noNamespacePolicy], clusterScoped);
        Assert.Equal("""{"c":"d"}""", Fixtures.At(role.Object, "/metadata/labels"));
        Assert.True(role.AppliedOverrides.IsEmpty);
    }

    [Fact]
    public void Override_policies_select_the_object_as_cluster_override_policies_left_it()
    {
        var cop = Fixtures.Cop("mark", "overrideRules: [{overriders: {labelsOverrider: [{operator: add, value: {overridden: 'yes'}}]}}]");
        var op = Fixtures.Op("follow", "resourceSelectors: [{apiVersion: apps/v1, kind: Deployment, labelSelector: {matchLabels: {overridden: 'yes'}}}]\n" + Replicas(8));

        Assert.Equal("8", Fixtures.At(Apply(Member1, [cop], [op]).Object, "/spec/replicas"));
        Assert.True(Apply(Member1, [], [op]).AppliedOverrides.IsEmpty);
    }

    [Fact]
    public void Unselected_objects_and_unmatched_clusters_are_returned_unchanged()
    {
        var template = Fixtures.Deployment();
        var policies = new[]
        {
            Fixtures.Op("service-only", "resourceSelectors: [{apiVersion: v1, kind: Service}]\n" + Replicas(1)),
            Fixtures.Op("member9", "overrideRules: [{targetCluster: {clusterNames: [member9]}, overriders: {plaintext: [{path: /spec/replicas, operator: replace, value: 1}]}}]"),
        };

        var result = Apply(Member1, [], policies, template);

        Assert.Equal(template.ToJsonString(), result.Object!.ToJsonString());
        Assert.NotSame(template, result.Object);
        Assert.Empty(result.WorkAnnotations());
    }

    [Fact]
    public void The_template_is_never_modified()
    {
        var template = Fixtures.Deployment();
        var before = template.ToJsonString();

        Apply(Member1, [Fixtures.Cop("c", Replicas(3))], [Fixtures.Op("o", "overrideRules: [{overriders: {labelsOverrider: [{operator: add, value: {k: v}}]}}]")], template);
        OverrideManager.Apply(template, Member1, [], [Fixtures.Op("bad", "overrideRules: [{overriders: {labelsOverrider: [{operator: add, value: {k: v}}], plaintext: [{path: /nope/x, operator: add, value: 1}]}}]")]);

        Assert.Equal(before, template.ToJsonString());
    }

    [Fact]
    public void A_failing_override_policy_names_its_namespace()
    {
        var result = OverrideManager.Apply(Fixtures.Deployment(), Member1, [], [Fixtures.Op("broken", "overriders: {plaintext: [{path: /spec/nope, operator: remove}]}")]);

        Assert.Equal(new OverrideError("OverridePolicy", "default", "broken", "spec.overriders.plaintext[0]", "/spec/nope", result.Error!.Reason), result.Error);
        Assert.Equal("apply OverridePolicy default/broken failed: spec.overriders.plaintext[0]: remove operation does not apply: doc is missing path \"/spec/nope\"", result.Error.Message);
    }

    [Fact]
    public void Work_annotations_list_applied_rules_as_json_sorted_by_policy_name()
    {
        var b = Fixtures.Op("b", """
            overrideRules:
            - overriders: {labelsOverrider: [{operator: add, value: {first: "1"}}]}
            - overriders: {plaintext: [{path: /spec/replicas, operator: replace, value: 5}]}
            """);
        var a = Fixtures.Op("a", "resourceSelectors: [{apiVersion: apps/v1, kind: Deployment, name: nginx}]\n" + Replicas(6));
        var cop = Fixtures.Cop("images", "overrideRules: [{overriders: {imageOverrider: [{component: Registry, operator: replace, value: mirror.local}]}}]");

        var annotations = Apply(Member1, [cop], [b, a]).WorkAnnotations();

        Assert.Equal(
            """[{"policyName":"a","overriders":{"plaintext":[{"path":"/spec/replicas","operator":"replace","value":6}]}},{"policyName":"b","overriders":{"labelsOverrider":[{"operator":"add","value":{"first":"1"}}]}},{"policyName":"b","overriders":{"plaintext":[{"path":"/spec/replicas","operator":"replace","value":5}]}}]""",
            annotations["policy.karmada.io/applied-overrides"]);
        Assert.Equal(
            """[{"policyName":"images","overriders":{"imageOverrider":[{"component":"Registry","operator":"replace","value":"mirror.local"}]}}]""",
            annotations["policy.karmada.io/applied-cluster-overrides"]);

        var parsed = AppliedOverrides.Parse(annotations["policy.karmada.io/applied-overrides"]);
        Assert.Equal(["a", "b", "b"], parsed.Items.Select(i => i.PolicyName));
        Assert.Equal("/spec/replicas", parsed.Items[0].Overriders.Plaintext![0].Path);
    }
}
