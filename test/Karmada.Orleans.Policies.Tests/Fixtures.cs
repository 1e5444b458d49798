namespace Karmada.Orleans.Policies.Tests;

/// <summary>Objects, clusters and policies from YAML, and a one-policy apply for overrider tables.</summary>
internal static class Fixtures
{
    public const string Digest = "sha256:50d858e0985ecc7f60418aaf0cc5ab587f42c2570a884095a9e8ccacd0f6545c";

    public static JsonObject Obj(string yaml) => (JsonObject)KubeYaml.ParseSingle(yaml);

    public static T Doc<T>(string yaml) => KarmadaJson.Deserialize<T>(KubeYaml.ParseSingle(yaml));

    public static string Yaml(JsonNode? node) => KubeYaml.FromJson(node);

    public static Cluster Cluster(string name, IReadOnlyDictionary<string, string>? labels = null, string? region = null) => new()
    {
        Metadata = new ObjectMeta { Name = name, Labels = labels },
        Spec = new ClusterSpec { Region = region },
    };

    public static ClusterOverridePolicy Cop(string name, string specYaml) => new()
    {
        Metadata = new ObjectMeta { Name = name },
        Spec = Doc<OverrideSpec>(specYaml),
    };

    public static OverridePolicy Op(string name, string specYaml, string ns = "default") => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Spec = Doc<OverrideSpec>(specYaml),
    };

    /// <summary>Applies <paramref name="overridersYaml"/> as the one rule of a ClusterOverridePolicy "cop" that selects everything.</summary>
    public static OverrideResult ApplyOverriders(JsonObject obj, string overridersYaml)
    {
        var policy = new ClusterOverridePolicy
        {
            Metadata = new ObjectMeta { Name = "cop" },
            Spec = new OverrideSpec { OverrideRules = [new RuleWithCluster { Overriders = Doc<Overriders>(overridersYaml) }] },
        };
        return OverrideManager.Apply(obj, Cluster("member1"), [policy], []);
    }

    /// <summary>As <see cref="ApplyOverriders"/>, asserting success and returning the object.</summary>
    public static JsonObject Overridden(JsonObject obj, string overridersYaml)
    {
        var result = ApplyOverriders(obj, overridersYaml);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Object!;
    }

    public static string? At(JsonNode? root, string pointer)
        => JsonPointer.TryGet(root, JsonPointer.Parse(pointer), out var node) ? node?.ToJsonString() : "<missing>";

    public static JsonObject Deployment(string image = "nginx") => Obj($$$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: nginx
          namespace: default
          labels: {app: nginx}
        spec:
          replicas: 2
          selector: {matchLabels: {app: nginx}}
          template:
            metadata: {labels: {app: nginx}}
            spec:
              containers:
              - name: nginx
                image: "{{{image}}}"
        """);
}
