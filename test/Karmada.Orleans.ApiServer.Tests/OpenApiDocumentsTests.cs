using Karmada.Orleans.ApiServer.Karmada;
using Karmada.Orleans.ApiServer.OpenApi;
using Karmada.Orleans.ApiServer.Resources;

namespace Karmada.Orleans.ApiServer.Tests;

public sealed class OpenApiDocumentsTests
{
    private static OpenApiDocuments Documents()
    {
        var catalog = new ResourceCatalog();
        foreach (var definition in BuiltinResources.All)
        {
            catalog.Add(definition);
        }

        KarmadaResources.Register(catalog);
        return new OpenApiDocuments(catalog);
    }

    [Fact]
    public void The_index_lists_every_group_version_with_a_stable_hash()
    {
        var documents = Documents();

        var index = documents.Index()["paths"]!.AsObject();

        Assert.Contains("api/v1", index.Select(kv => kv.Key));
        Assert.Contains("apis/policy.karmada.io/v1alpha1", index.Select(kv => kv.Key));
        Assert.Equal(index["apis/apps/v1"]!["serverRelativeURL"]!.GetValue<string>(), Documents().Index()["paths"]!["apis/apps/v1"]!["serverRelativeURL"]!.GetValue<string>());
    }

    [Fact]
    public void Group_version_documents_carry_kinds_with_their_group_version_kind_and_fieldValidation()
    {
        var apps = Documents().GroupVersion("apis/apps/v1")!;
        var deployment = apps["components"]!["schemas"]!["io.k8s.api.apps.v1.Deployment"]!;
        var pp = Documents().GroupVersion("apis/policy.karmada.io/v1alpha1")!["components"]!["schemas"]!["io.karmada.policy.v1alpha1.PropagationPolicy"]!;

        Assert.Equal("Deployment", deployment["x-kubernetes-group-version-kind"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/io.k8s.api.apps.v1.DeploymentSpec", deployment["properties"]!["spec"]!["$ref"]!.GetValue<string>());
        Assert.NotNull(apps["components"]!["schemas"]!["io.k8s.api.core.v1.PodSpec"]);
        Assert.Contains(apps["paths"]!["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"]!["patch"]!["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "fieldValidation");
        Assert.StartsWith("Says where resource templates", pp["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(pp["properties"]!["spec"]!["properties"]!["placement"]!["properties"]!["clusterAffinity"]);
    }
}
