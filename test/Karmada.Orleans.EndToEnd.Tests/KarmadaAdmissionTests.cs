using System.Text.Json.Nodes;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

[Collection(SiloCollection.Name)]
public sealed class KarmadaAdmissionTests(SiloFixture fixture)
{
    [Fact]
    public async Task An_invalid_propagation_policy_is_rejected_with_every_error_and_a_valid_one_is_defaulted()
    {
        var ns = await fixture.NamespaceAsync();
        var invalid = """
            apiVersion: policy.karmada.io/v1alpha1
            kind: PropagationPolicy
            metadata:
              name: bad
            spec:
              resourceSelectors:
              - apiVersion: apps/v1
                kind: Deployment
              placement:
                clusterAffinity:
                  clusterNames: [member1]
                clusterAffinities:
                - affinityName: a
                  clusterNames: [member1]
                spreadConstraints:
                - spreadByField: cluster
                  maxGroups: 1
                  minGroups: 3
            """;

        var rejected = await fixture.Kubectl.RunAsync(["-n", ns, "create", "--validate=false", "-f", "-"], invalid);

        Assert.NotEqual(0, rejected.ExitCode);
        Assert.Contains("The PropagationPolicy \"bad\" is invalid", rejected.Error, StringComparison.Ordinal);
        Assert.Contains("clusterAffinities can not co-exist with clusterAffinity", rejected.Error, StringComparison.Ordinal);
        Assert.Contains("maxGroups lower than minGroups is not allowed", rejected.Error, StringComparison.Ordinal);

        var valid = invalid.Replace("name: bad", "name: good", StringComparison.Ordinal).Replace("""
                clusterAffinities:
                - affinityName: a
                  clusterNames: [member1]

            """, "", StringComparison.Ordinal).Replace("maxGroups: 1", "maxGroups: 3", StringComparison.Ordinal);
        (await fixture.Kubectl.RunAsync(["-n", ns, "create", "--validate=false", "-f", "-"], valid)).EnsureSuccess();
        var stored = JsonNode.Parse((await fixture.Kubectl.RunAsync($"-n {ns} get pp good -o json")).EnsureSuccess().Output)!;

        Assert.Equal("Abort", stored["spec"]!["conflictResolution"]!.GetValue<string>());
        Assert.Equal(2, stored["spec"]!["placement"]!["clusterTolerations"]!.AsArray().Count);
        Assert.NotNull(stored["metadata"]!["labels"]!["propagationpolicy.karmada.io/permanent-id"]);
        Assert.Matches(@"good\s+Abort\s+0\s+\d+s", (await fixture.Kubectl.RunAsync($"-n {ns} get pp")).Output);
    }

    [Fact]
    public async Task An_invalid_override_policy_names_the_bad_fields()
    {
        var ns = await fixture.NamespaceAsync();
        var invalid = """
            apiVersion: policy.karmada.io/v1alpha1
            kind: OverridePolicy
            metadata:
              name: bad
            spec:
              resourceSelectors:
              - apiVersion: apps/v1
                kind: Deployment
              overrideRules:
              - overriders:
                  plaintext:
                  - path: no-leading-slash
                    operator: replace
                    value: 1
                  imageOverrider:
                  - component: Registry
                    operator: replace
                    value: "registry.io/with/path"
            """;

        var rejected = await fixture.Kubectl.RunAsync(["-n", ns, "create", "--validate=false", "-f", "-"], invalid);

        Assert.NotEqual(0, rejected.ExitCode);
        Assert.Contains("spec.overrideRules[0].overriders.plaintext[0].path", rejected.Error, StringComparison.Ordinal);
        Assert.Contains("spec.overrideRules[0].overriders.imageOverrider[0].value", rejected.Error, StringComparison.Ordinal);
    }
}
