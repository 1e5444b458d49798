using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Rest;

namespace Karmada.Orleans.Members.Tests.Scenarios;

/// <summary>
/// Refusals a client can tell apart (status code, reason, message, details), as kube-apiserver answers them:
/// both servers must give the same answers.
/// </summary>
public static class ErrorScenarios
{
    private static readonly GroupVersionResource ConfigMaps = new("", "v1", "configmaps");

    private static JsonObject ConfigMap(string name) => WatchScenarios.ConfigMap(name);

    private static Task<KubernetesApiException> Refused(Func<Task> request) => Assert.ThrowsAnyAsync<KubernetesApiException>(request);

    public static async Task Request_options_are_validated_like_kube(IMemberClusterFixture cluster)
    {
        var ns = await cluster.CreateNamespaceAsync("options");
        var rest = cluster.Client.Rest;
        var path = $"/api/v1/namespaces/{ns}/configmaps";

        var field = await Refused(() => rest.GetStringAsync($"{path}?fieldSelector=spec.x%3Dy", CancellationToken.None));
        var match = await Refused(() => rest.GetStringAsync($"{path}?resourceVersionMatch=Exact", CancellationToken.None));
        var version = await Refused(() => rest.GetStringAsync($"{path}?resourceVersion=abc", CancellationToken.None));
        var dryRun = await Refused(() => rest.SendAsync(HttpMethod.Post, $"{path}?dryRun=Bogus", RequestBody.FromJson(ConfigMap("dry")), CancellationToken.None));

        Assert.Equal((400, "BadRequest"), (field.StatusCode, field.Reason));
        Assert.Contains("\"spec.x\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"", field.Message, StringComparison.Ordinal);
        Assert.Equal((422, "Invalid", "meta.k8s.io", "ListOptions"), (match.StatusCode, match.Reason, match.Status.Details!.Group, match.Status.Details.Kind));
        Assert.Equal(("FieldValueForbidden", "resourceVersionMatch"), (Assert.Single(match.Causes).Reason, match.Causes[0].Field));
        Assert.Equal(500, version.StatusCode);
        Assert.Contains("resourceVersion: Invalid value: \"abc\"", version.Message, StringComparison.Ordinal);
        Assert.Equal((422, "Invalid", "CreateOptions"), (dryRun.StatusCode, dryRun.Reason, dryRun.Status.Details!.Kind));
        Assert.Equal(("FieldValueNotSupported", "dryRun"), (Assert.Single(dryRun.Causes).Reason, dryRun.Causes[0].Field));
        Assert.Null(await cluster.Client.Resource(ConfigMaps).Namespace(ns).TryGetAsync("dry"));
    }

    public static async Task Write_refusals_carry_kubes_status(IMemberClusterFixture cluster)
    {
        var ns = await cluster.CreateNamespaceAsync("refusals");
        var cms = cluster.Client.Resource(ConfigMaps).Namespace(ns);
        await cms.CreateAsync(ConfigMap("a"));

        var exists = await Assert.ThrowsAsync<KubernetesAlreadyExistsException>(() => cms.CreateAsync(ConfigMap("a")));
        var notApplicable = await Refused(() => cms.PatchAsync("a", PatchType.Json, JsonNode.Parse("""[{"op":"test","path":"/data/k","value":"nope"}]""")!));
        var renamed = await Refused(() => cluster.Client.Rest.SendAsync(HttpMethod.Patch, $"/api/v1/namespaces/{ns}/configmaps/a?fieldManager=karmada-test", RequestBody.FromJson(ConfigMap("other"), "application/apply-patch+yaml"), CancellationToken.None));
        var method = await Refused(() => cluster.Client.Rest.SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{ns}/configmaps/a", RequestBody.FromJson(ConfigMap("a")), CancellationToken.None));
        var deployments = cluster.Client.Resource(new GroupVersionResource("apps", "v1", "deployments")).Namespace(ns);
        var scale = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => deployments.GetScaleAsync("nope"));

        Assert.Equal(("a", "configmaps"), (exists.Status.Details!.Name, exists.Status.Details.Kind));
        Assert.Equal((422, "Invalid", "the server rejected our request due to an error in our request"), (notApplicable.StatusCode, notApplicable.Reason, notApplicable.Status.Message));
        Assert.Equal((400, "BadRequest", "the name of the object (other) does not match the name on the URL (a)"), (renamed.StatusCode, renamed.Reason, renamed.Status.Message));
        Assert.Equal((405, "MethodNotAllowed", "the server does not allow this method on the requested resource"), (method.StatusCode, method.Reason, method.Status.Message));
        Assert.Equal(("deployments/scale.apps \"nope\" not found", "deployments/scale"), (scale.Status.Message, scale.Status.Details!.Kind));
        Assert.Equal("v", (await cms.GetAsync("a"))["data"]!["k"]!.GetValue<string>());
    }
}
