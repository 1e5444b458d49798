namespace Karmada.Orleans.Policies.Tests;

public sealed class ImageOverriderTests
{
    private const string Digest = Fixtures.Digest;

    [Theory]
    // Registry
    [InlineData("nginx", "Registry", "add", "docker.io", "docker.io/nginx")]
    [InlineData("library/nginx", "Registry", "add", "docker.io", "docker.io/library/nginx")]
    [InlineData("registry.k8s.io/kube-apiserver", "Registry", "add", ".cn", "registry.k8s.io.cn/kube-apiserver")]
    [InlineData("nginx:1.19", "Registry", "replace", "fictional.registry.example:10443", "fictional.registry.example:10443/nginx:1.19")]
    [InlineData("fictional.registry.example:10443/karmada/controller:v1.0.0", "Registry", "replace", "registry.k8s.io", "registry.k8s.io/karmada/controller:v1.0.0")]
    [InlineData("localhost:5000/app:1", "Registry", "replace", "10.0.0.1:5000", "10.0.0.1:5000/app:1")]
    [InlineData("registry.k8s.io/kube-apiserver:v1.19.0", "Registry", "remove", null, "kube-apiserver:v1.19.0")]
    [InlineData("[::1]:5000/app:v1", "Registry", "remove", null, "app:v1")]
    [InlineData("nginx", "Registry", "remove", null, "nginx")]
    [InlineData("a.io:443/sub/nginx@" + Digest, "Registry", "replace", "mirror.local", "mirror.local/sub/nginx@" + Digest)]
    [InlineData("nginx:1.19@" + Digest, "Registry", "add", "docker.io", "docker.io/nginx:1.19@" + Digest)]
    // Repository
    [InlineData("gcr.io/kube-apiserver:v1.19.0", "Repository", "replace", "kube-controller-manager", "gcr.io/kube-controller-manager:v1.19.0")]
    [InlineData("gcr.io/kube-apiserver:v1.19.0", "Repository", "add", "-amd64", "gcr.io/kube-apiserver-amd64:v1.19.0")]
    [InlineData("host:8080/a/b@" + Digest, "Repository", "replace", "c/d", "host:8080/c/d@" + Digest)]
    [InlineData("gcr.io/kube-apiserver:v1.19.0", "Repository", "remove", null, "gcr.io/:v1.19.0")]
    // Tag (or digest)
    [InlineData("nginx", "Tag", "add", "latest", "nginx:latest")]
    [InlineData("nginx:1.19", "Tag", "add", "-alpine", "nginx:1.19-alpine")]
    [InlineData("nginx", "Tag", "replace", "1.20", "nginx:1.20")]
    [InlineData("nginx:1.19", "Tag", "replace", "1.20", "nginx:1.20")]
    [InlineData("a.io:10443/nginx:1.19", "Tag", "replace", Digest, "a.io:10443/nginx@" + Digest)]
    [InlineData("nginx:1.19", "Tag", "replace", "@" + Digest, "nginx@" + Digest)]
    [InlineData("nginx@" + Digest, "Tag", "replace", "1.20", "nginx:1.20")]
    [InlineData("nginx:1.19", "Tag", "remove", null, "nginx")]
    [InlineData("nginx@" + Digest, "Tag", "remove", null, "nginx")]
    [InlineData("nginx", "Tag", "remove", null, "nginx")]
    [InlineData("nginx:1.19", "Tag", "replace", "not a tag!", "nginx:1.19")]
    [InlineData("nginx:1.19", "Tag", "unknown", "x", "nginx:1.19")]
    public void Overrides_one_component(string image, string component, string op, string? value, string expected)
    {
        var overriders = $$"""
            imageOverrider:
            - component: {{component}}
              operator: {{op}}
            {{(value is null ? "" : $"  value: \"{value}\"")}}
            """;

        var result = Fixtures.Overridden(Fixtures.Deployment(image), overriders);

        Assert.Equal($"\"{expected}\"", Fixtures.At(result, "/spec/template/spec/containers/0/image"));
    }

    [Theory]
    [InlineData("Pod", "/spec")]
    [InlineData("ReplicaSet", "/spec/template/spec")]
    [InlineData("Deployment", "/spec/template/spec")]
    [InlineData("DaemonSet", "/spec/template/spec")]
    [InlineData("StatefulSet", "/spec/template/spec")]
    [InlineData("Job", "/spec/template/spec")]
    [InlineData("CronJob", "/spec/jobTemplate/spec/template/spec")]
    public void Without_a_predicate_every_container_and_init_container_of_a_workload_is_overridden(string kind, string podSpecPath)
    {
        var podSpec = JsonNode.Parse($$"""
            {"containers": [{"name": "app", "image": "app:v1"}, {"image": "a.io:5000/sidecar@{{Digest}}"}, {"name": "no-image"}],
             "initContainers": [{"name": "init", "image": "busybox"}]}
            """);
        var obj = new JsonObject { ["apiVersion"] = "v1", ["kind"] = kind, ["metadata"] = new JsonObject { ["name"] = "w" } };
        JsonPatcher.Apply(obj, Ancestors(podSpecPath).Select(p => new PatchOperation("add", p, new JsonObject())));
        JsonPatcher.Apply(obj, new PatchOperation("add", podSpecPath, podSpec));

        var result = Fixtures.Overridden(obj, "imageOverrider: [{component: Registry, operator: replace, value: mirror.local:5000}]");

        Assert.Equal("\"mirror.local:5000/app:v1\"", Fixtures.At(result, podSpecPath + "/containers/0/image"));
        Assert.Equal($"\"mirror.local:5000/sidecar@{Digest}\"", Fixtures.At(result, podSpecPath + "/containers/1/image"));
        Assert.Equal("<missing>", Fixtures.At(result, podSpecPath + "/containers/2/image"));
        Assert.Equal("\"mirror.local:5000/busybox\"", Fixtures.At(result, podSpecPath + "/initContainers/0/image"));
    }

    [Fact]
    public void Without_a_predicate_other_kinds_are_left_alone()
    {
        var configMap = Fixtures.Obj("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: {image: nginx}}");

        var result = Fixtures.ApplyOverriders(configMap, "imageOverrider: [{component: Registry, operator: add, value: docker.io}]");

        Assert.True(result.Succeeded);
        Assert.Equal(configMap.ToJsonString(), result.Object!.ToJsonString());
        Assert.Single(result.AppliedClusterOverrides.Items);
    }

    [Fact]
    public void A_predicate_picks_one_image_of_any_kind()
    {
        var obj = Fixtures.Deployment("nginx:1.19");
        JsonPatcher.Apply(obj, new PatchOperation("add", "/spec/template/spec/initContainers", JsonNode.Parse("""[{"name":"init","image":"busybox:1"}]""")));

        var result = Fixtures.Overridden(obj, """
            imageOverrider:
            - predicate: {path: /spec/template/spec/initContainers/0/image}
              component: Tag
              operator: replace
              value: "2"
            """);

        Assert.Equal("\"busybox:2\"", Fixtures.At(result, "/spec/template/spec/initContainers/0/image"));
        Assert.Equal("\"nginx:1.19\"", Fixtures.At(result, "/spec/template/spec/containers/0/image"));

        var custom = Fixtures.Overridden(
            Fixtures.Obj("{apiVersion: example.io/v1, kind: App, metadata: {name: a}, spec: {engine: {image: redis:7}}}"),
            "imageOverrider: [{predicate: {path: /spec/engine/image}, component: Registry, operator: add, value: docker.io}]");
        Assert.Equal("\"docker.io/redis:7\"", Fixtures.At(custom, "/spec/engine/image"));
    }

    [Theory]
    [InlineData("/spec/template/spec/containers/3/image", "failed to obtain an image string")]
    [InlineData("/spec/replicas", "failed to obtain an image string")]
    [InlineData("/spec/template/spec/containers/0/image", "failed to parse image \"Bad:Image\"")]
    public void Predicates_and_images_that_do_not_resolve_fail_naming_the_policy_and_path(string path, string reason)
    {
        var result = Fixtures.ApplyOverriders(
            Fixtures.Deployment("Bad:Image"),
            $"imageOverrider: [{{predicate: {{path: {path}}}, component: Tag, operator: replace, value: v2}}]");

        Assert.False(result.Succeeded);
        Assert.Null(result.Object);
        Assert.Equal("ClusterOverridePolicy", result.Error!.PolicyKind);
        Assert.Equal("cop", result.Error.PolicyName);
        Assert.Equal("spec.overrideRules[0].overriders.imageOverrider[0]", result.Error.Field);
        Assert.Equal(path, result.Error.Path);
        Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
        Assert.Contains($"\"{path}\"", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_overriders_apply_in_order()
    {
        var result = Fixtures.Overridden(Fixtures.Deployment("nginx"), """
            imageOverrider:
            - {component: Registry, operator: add, value: docker.io}
            - {component: Repository, operator: replace, value: library/nginx}
            - {component: Tag, operator: add, value: "1.25"}
            - {component: Registry, operator: replace, value: mirror.local}
            """);

        Assert.Equal("\"mirror.local/library/nginx:1.25\"", Fixtures.At(result, "/spec/template/spec/containers/0/image"));
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        var tokens = JsonPointer.Parse(path);
        for (var i = 1; i < tokens.Count; i++)
        {
            yield return JsonPointer.Format(tokens.Take(i));
        }
    }
}
