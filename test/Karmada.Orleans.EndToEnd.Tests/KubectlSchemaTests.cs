using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>OpenAPI-backed kubectl: explain, client validation handed to the server, CRDs, wait.</summary>
[Collection(SiloCollection.Name)]
public sealed class KubectlSchemaTests(SiloFixture fixture)
{
    private static readonly string Guestbook = Path.Combine(RepositoryPaths.Root, "..", "shared", "reference", "samples", "guestbook");

    private Kubectl Kubectl => fixture.Kubectl;

    [Fact]
    public async Task Explain_describes_karmada_and_built_in_fields()
    {
        var placement = (await Kubectl.RunAsync("explain pp.spec.placement")).EnsureSuccess().Output;
        var replicas = (await Kubectl.RunAsync("explain deployment.spec.replicas")).EnsureSuccess().Output;
        var cluster = (await Kubectl.RunAsync("explain clusters.spec.syncMode")).EnsureSuccess().Output;

        Assert.Contains("KIND:       PropagationPolicy", placement, StringComparison.Ordinal);
        Assert.Contains("clusterAffinity\t<Object>", placement, StringComparison.Ordinal);
        Assert.Contains("replicaScheduling\t<Object>", placement, StringComparison.Ordinal);
        Assert.Contains("FIELD: replicas <integer>", replicas, StringComparison.Ordinal);
        Assert.Contains("Push", cluster, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_refuses_unknown_fields_and_karmada_kinds_reject_values_outside_their_enums()
    {
        var ns = await fixture.NamespaceAsync();
        var unknown = await Kubectl.RunAsync(["-n", ns, "apply", "-f", "-"], "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\nbogus: 1\n");
        var badEnum = await Kubectl.RunAsync(["-n", ns, "apply", "-f", "-"], """
            apiVersion: policy.karmada.io/v1alpha1
            kind: PropagationPolicy
            metadata: {name: p}
            spec:
              resourceSelectors: [{apiVersion: apps/v1, kind: Deployment}]
              placement:
                replicaScheduling: {replicaSchedulingType: Sometimes}
            """);

        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("unknown field \"bogus\"", unknown.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, badEnum.ExitCode);
        Assert.Contains("Unsupported value: \"Sometimes\"", badEnum.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_crd_serves_its_kind_with_schema_validation_and_printer_columns_and_wait_sees_it_established()
    {
        (await Kubectl.RunAsync(["apply", "-f", Path.Combine(Guestbook, "guestbooks-crd.yaml")])).EnsureSuccess();
        (await Kubectl.RunAsync("wait --for=condition=Established crd/guestbooks.webapp.my.domain --timeout=30s")).EnsureSuccess();
        var ns = await fixture.NamespaceAsync();

        (await Kubectl.RunAsync(["-n", ns, "apply", "-f", Path.Combine(Guestbook, "guestbook.yaml")])).EnsureSuccess();
        var invalid = await Kubectl.RunAsync(["-n", ns, "apply", "-f", "-"], "apiVersion: webapp.my.domain/v1\nkind: Guestbook\nmetadata: {name: bad}\nspec: {size: two, configMapName: c}\n");
        var listed = (await Kubectl.RunAsync($"-n {ns} get guestbooks")).EnsureSuccess().Output;

        Assert.Matches(@"NAME\s+AGE", listed);
        Assert.Contains("guestbook-sample", listed, StringComparison.Ordinal);
        Assert.Contains("spec.size in body must be of type integer", invalid.Error, StringComparison.Ordinal);
        Assert.Contains("guestbooks", (await Kubectl.RunAsync("api-resources --api-group=webapp.my.domain")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_resources_lists_karmadas_kinds_with_their_short_names()
    {
        var karmada = (await Kubectl.RunAsync("api-resources --categories=karmada-io")).EnsureSuccess().Output;

        foreach (var (name, shortName) in new[] { ("propagationpolicies", "pp"), ("clusterpropagationpolicies", "cpp"), ("overridepolicies", "op"), ("clusteroverridepolicies", "cop"), ("resourcebindings", "rb"), ("clusterresourcebindings", "crb"), ("works", "wk"), ("federatedhpas", "fhpa"), ("cronfederatedhpas", "cronfhpa") })
        {
            Assert.Matches($@"{name}\s+{shortName}\s", karmada);
        }

        Assert.Matches(@"clusters\s+cluster.karmada.io/v1alpha1\s+false\s+Cluster", (await Kubectl.RunAsync("api-resources --api-group=cluster.karmada.io")).Output);
    }
}
