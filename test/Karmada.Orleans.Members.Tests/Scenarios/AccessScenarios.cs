using System.Text;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;

namespace Karmada.Orleans.Members.Tests.Scenarios;

/// <summary>Access scenarios the member client must pass against any Kubernetes API server: a real kube-apiserver and the member simulator.</summary>
public static class AccessScenarios
{
    private static readonly GroupVersionResource ConfigMaps = new("", "v1", "configmaps");

    public static async Task A_wrong_token_is_unauthorized(IMemberClusterFixture cluster)
    {
        using var client = cluster.ClientFor(c => c with { BearerToken = "not-the-token" });

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => client.Resource(ConfigMaps).Namespace("default").ListAsync());

        Assert.Equal((401, "Unauthorized"), (error.StatusCode, error.Reason));
        Assert.Contains("check the token or client certificate", error.Message, StringComparison.Ordinal);
    }

    public static async Task A_server_certificate_the_kubeconfig_ca_did_not_sign_is_refused(IMemberClusterFixture cluster)
    {
        using var client = cluster.ClientFor(c => c with { CertificateAuthorities = [TestPki.Create("not-the-cluster-ca").Ca] });

        var error = await Assert.ThrowsAsync<KubernetesTransportException>(() => client.Discovery.GetServerVersionAsync());

        Assert.Equal(TransportFailure.Tls, error.Failure);
        Assert.Contains("not signed by the configured certificate-authority", error.Message, StringComparison.Ordinal);
    }

    public static async Task Paging_selectors_and_delete_collection(IMemberClusterFixture cluster)
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

    public static async Task Missing_objects_and_unknown_paths_are_not_found(IMemberClusterFixture cluster)
    {
        var missing = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => cluster.Client.Resource(ConfigMaps).Namespace("default").GetAsync("nope"));
        var unknown = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => cluster.Client.Resource(new GroupVersionResource("nope.io", "v1", "things")).ListAsync());

        Assert.Contains("configmaps \"nope\" not found", missing.Message, StringComparison.Ordinal);
        Assert.Equal("nope", missing.Status.Details!.Name);
        Assert.Contains("404 page not found", unknown.Message, StringComparison.Ordinal);
    }
}
