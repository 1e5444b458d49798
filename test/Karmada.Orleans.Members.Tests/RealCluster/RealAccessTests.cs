using System.Text;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;
using Karmada.Orleans.Members.Tests.Scenarios;

namespace Karmada.Orleans.Members.Tests.RealCluster;

[Collection(KubeApiServerCollection.Name)]
public sealed class RealAccessTests(KubeApiServerFixture cluster)
{
    private static readonly GroupVersionResource ConfigMaps = new("", "v1", "configmaps");

    [KubeApiServerFact]
    public Task A_wrong_token_is_unauthorized() => AccessScenarios.A_wrong_token_is_unauthorized(cluster);

    [KubeApiServerFact]
    public Task A_server_certificate_the_kubeconfig_ca_did_not_sign_is_refused() => AccessScenarios.A_server_certificate_the_kubeconfig_ca_did_not_sign_is_refused(cluster);

    [KubeApiServerFact]
    public Task Paging_selectors_and_delete_collection() => AccessScenarios.Paging_selectors_and_delete_collection(cluster);

    [KubeApiServerFact]
    public Task Missing_objects_and_unknown_paths_are_not_found() => AccessScenarios.Missing_objects_and_unknown_paths_are_not_found(cluster);

    [KubeApiServerFact]
    public async Task The_scripts_kubeconfig_works_with_its_ca_and_token()
    {
        var config = cluster.KubeConfig.ToRestConfig();

        Assert.NotNull(config.BearerToken);
        Assert.NotNull(config.CertificateAuthorities);
        Assert.Equal("v1.20.2", (await cluster.Client.Discovery.GetServerVersionAsync()).GitVersion);
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
