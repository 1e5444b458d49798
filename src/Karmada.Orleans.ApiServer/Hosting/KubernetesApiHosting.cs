using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Admission;
using Karmada.Orleans.ApiServer.Controllers;
using Karmada.Orleans.ApiServer.Handlers;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Karmada.Orleans.ApiServer.Hosting;

public static class KubernetesApiHosting
{
    /// <summary>The Kubernetes API over the registered <see cref="IObjectStore"/>, with its built-in kinds and controllers.</summary>
    public static IServiceCollection AddKubernetesApi(this IServiceCollection services, Action<ApiServerOptions>? configure = null, Action<ResourceCatalog>? resources = null)
    {
        var options = new ApiServerOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ =>
        {
            var catalog = new ResourceCatalog();
            foreach (var definition in BuiltinResources.All)
            {
                catalog.Add(definition);
            }

            resources?.Invoke(catalog);
            return catalog;
        });
        services.AddSingleton<IAdmissionPlugin, MetadataValidation>();
        services.AddSingleton<IAdmissionPlugin, WorkloadValidation>();
        services.AddSingleton<OpenApi.OpenApiDocuments>();
        services.AddSingleton(sp =>
        {
            var api = ActivatorUtilities.CreateInstance<KubernetesApi>(sp);
            api.OnBeforeCreate += PrepareSystemKinds;
            return api;
        });
        services.AddSingleton<NamespaceController>();
        services.AddSingleton<CustomResourceDefinitionController>();
        services.AddHostedService<ApiServerBootstrap>();
        services.AddHostedService(sp => sp.GetRequiredService<NamespaceController>());
        services.AddHostedService(sp => sp.GetRequiredService<CustomResourceDefinitionController>());
        return services;
    }

    /// <summary>/version and every /api and /apis path.</summary>
    public static void MapKubernetesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/version", (HttpContext context) => ResponseWriter.WriteJsonAsync(context, 200, ServerVersion.ToJson()));
        OpenApi.OpenApiEndpoints.MapOpenApi(endpoints);
        var api = endpoints.ServiceProvider.GetRequiredService<KubernetesApi>();
        endpoints.Map("/api/{**path}", api.HandleAsync);
        endpoints.Map("/api", api.HandleAsync);
        endpoints.Map("/apis/{**path}", api.HandleAsync);
        endpoints.Map("/apis", api.HandleAsync);
    }

    private static void PrepareSystemKinds(ApiRequest request, JsonObject obj)
    {
        var definition = request.Definition;
        if (definition.Group.Length == 0 && definition.Plural == "namespaces")
        {
            var name = obj["metadata"]?["name"]?.GetValue<string>() ?? "";
            var labels = ObjectMutations.Metadata(obj)["labels"] as JsonObject ?? [];
            labels["kubernetes.io/metadata.name"] = name;
            ObjectMutations.Metadata(obj)["labels"] = labels;
            obj["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") };
            obj["status"] = new JsonObject { ["phase"] = "Active" };
        }
        else if (definition.Group == "apiextensions.k8s.io" && definition.Plural == "customresourcedefinitions")
        {
            var finalizers = ObjectMutations.Metadata(obj)["finalizers"] as JsonArray ?? [];
            if (!finalizers.Any(f => f?.GetValue<string>() == CustomResourceDefinitionController.CleanupFinalizer))
            {
                finalizers.Add(CustomResourceDefinitionController.CleanupFinalizer);
            }

            ObjectMutations.Metadata(obj)["finalizers"] = finalizers;
            obj.Remove("status");
        }
    }
}
