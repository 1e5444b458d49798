using System.Text;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;

namespace Karmada.Orleans.Members.Tests.RealCluster;

[Collection(KubeApiServerCollection.Name)]
public sealed class RealAccessTests(KubeApiServerFixture cluster)
{
    private static readonly GroupVersionResource ConfigMaps = new("", "v1", "configmaps");

    [KubeApiServerFact]
    public async Task The_scripts_kubeconfig_works_with_its_ca_and_token()
    {
        var config = cluster.KubeConfig.ToRestConfig();

        Assert.NotNull(config.BearerToken);
        Assert.NotNull(config.CertificateAuthorities);
        Assert.Equal("v1.20.2", (await cluster.Client.Discovery.GetServerVersionAsync()).GitVersion);
    }

    [KubeApiServerFact]
    public async Task A_wrong_token_is_unauthorized()
    {
        using var client = cluster.ClientFor(c => c with { BearerToken = "not-the-token" });

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => client.Resource(ConfigMaps).Namespace("default").ListAsync());

        Assert.Equal((401, "Unauthorized"), (error.StatusCode, error.Reason));
        Assert.Contains("check the token or client certificate", error.Message, StringComparison.Ordinal);
    }

    [KubeApiServerFact]
    public async Task A_server_certificate_the_kubeconfig_ca_did_not_sign_is_refused()
    {
        using var client = cluster.ClientFor(c => c with { CertificateAuthorities = [TestPki.Create("not-the-cluster-ca").Ca] });

        var error = await Assert.ThrowsAsync<KubernetesTransportException>(() => client.Discovery.GetServerVersionAsync());

        Assert.Equal(TransportFailure.Tls, error.Failure);
        Assert.Contains("not signed by the configured certificate-authority", error.Message, StringComparison.Ordinal);
    }

    [KubeApiServerFact]
    public async Task Client_certificates_from_the_cluster_ca_are_accepted_and_others_refused()
    {
        var pki = TestPki.FromPemFiles(Path.Combine(cluster.StateDirectory, "pki", "ca.crt"), Path.Combine(cluster.StateDirectory, "pki", "ca.key"));
        foreach (var format in new[] { ClientKeyFormat.RsaPkcs1, ClientKeyFormat.EcSec1 })
        {
            using var client = new KubernetesClusterClient(ClientCertificateConfig(pki.IssueClient("admin", format)));
            var list = await client.Resource(ConfigMaps).Namespace("default").ListAsync();
            Assert.NotEmpty(list.ResourceVersion);
        }

        using var foreign = new KubernetesClusterClient(ClientCertificateConfig(TestPki.Create("foreign").IssueClient("intruder")));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => foreign.Resource(ConfigMaps).Namespace("default").ListAsync());
        Assert.True(error is KubernetesTransportException or KubernetesApiException { StatusCode: 401 }, error.ToString());
    }

    [KubeApiServerFact]
    public async Task Paging_selectors_and_delete_collection()
    {
        var ns = await cluster.CreateNamespaceAsync("paging");
        var cms = cluster.Client.Resource(ConfigMaps).Namespace(ns);
        for (var i = 0; i < 7; i++)
        {
            await cms.CreateAsync(new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "ConfigMap",
                ["metadata"] = new JsonObject { ["name"] = $"cm{i}", ["labels"] = new JsonObject { ["parity"] = i % 2 == 0 ? "even" : "odd" } },
            });
        }

        var page = await cms.ListAsync(new ListOptions { Limit = 3 });
        var all = await cms.ListAllAsync(pageSize: 2);
        var even = await cms.ListAsync(new ListOptions { LabelSelector = "parity=even" });
        var byName = await cms.ListAsync(new ListOptions { FieldSelector = "metadata.name=cm3" });

        Assert.Equal(3, page.Items.Count);
        Assert.NotNull(page.Continue);
        Assert.Equal(4, page.RemainingItemCount);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"cm{i}"), all.Items.Select(i => i.GetName()));
        Assert.Equal(["cm0", "cm2", "cm4", "cm6"], even.Items.Select(i => i.GetName()));
        Assert.Equal(["cm3"], byName.Items.Select(i => i.GetName()));

        await cms.DeleteCollectionAsync(new ListOptions { LabelSelector = "parity=odd" });
        Assert.Equal(["cm0", "cm2", "cm4", "cm6"], (await cms.ListAsync()).Items.Select(i => i.GetName()));
    }

    [KubeApiServerFact]
    public async Task Missing_objects_and_unknown_paths_are_not_found()
    {
        var missing = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => cluster.Client.Resource(ConfigMaps).Namespace("default").GetAsync("nope"));
        var unknown = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => cluster.Client.Resource(new GroupVersionResource("nope.io", "v1", "things")).ListAsync());

        Assert.Contains("configmaps \"nope\" not found", missing.Message, StringComparison.Ordinal);
        Assert.Equal("nope", missing.Status.Details!.Name);
        Assert.Contains("404 page not found", unknown.Message, StringComparison.Ordinal);
    }

    private RestConfig ClientCertificateConfig((string CertificatePem, string KeyPem) client)
    {
        static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        var ca = File.ReadAllText(Path.Combine(cluster.StateDirectory, "pki", "ca.crt"));
        var kubeconfig = $"""
            apiVersion: v1
            kind: Config
            current-context: cert
            clusters:
            - name: real
              cluster:
                server: https://127.0.0.1:{cluster.Port}
                certificate-authority-data: {B64(ca)}
            users:
            - name: cert-user
              user:
                client-certificate-data: {B64(client.CertificatePem)}
                client-key-data: {B64(client.KeyPem)}
            contexts:
            - name: cert
              context: {"{"}cluster: real, user: cert-user{"}"}
            """;
        return KubeConfigLoader.LoadString(kubeconfig).ToRestConfig();
    }
}
