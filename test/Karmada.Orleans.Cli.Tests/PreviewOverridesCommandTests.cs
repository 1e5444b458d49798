namespace Karmada.Orleans.Cli.Tests;

public sealed class PreviewOverridesCommandTests : IDisposable
{
    private const string NginxTemplate = """
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: nginx
          template:
            metadata:
              labels:
                app: nginx
            spec:
              containers:
              - image: nginx
                name: nginx

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("preview-overrides-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    private static string Data(params string[] parts) => Path.Combine(["TestData", "overrides", .. parts]);

    private static (int Code, string Out, string Err) Nginx(string cluster, params string[] extra)
        => Run(["preview", "overrides", "--resource", Data("nginx", "deployment.yaml"), "--policies", Data("nginx", "overridepolicy.yaml"), "--cluster", Data(cluster), .. extra]);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void The_nginx_sample_labels_the_deployment_in_member2()
    {
        var (code, output, error) = Nginx("member2.yaml");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: nginx
              namespace: default
              labels:
                app: nginx
                env: skoala-dev
                env-stat: skoala-stage

            """ + NginxTemplate, output);
    }

    [Fact]
    public void The_nginx_sample_annotates_the_deployment_in_member1()
    {
        var (code, output, _) = Nginx("member1.yaml");

        Assert.Equal(0, code);
        Assert.Equal("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: nginx
              namespace: default
              labels:
                app: nginx
              annotations:
                env: skoala-stage

            """ + NginxTemplate, output);
    }

    [Fact]
    public void The_guestbook_sample_resizes_and_annotates_in_member1_as_json()
    {
        var args = new[] { "preview", "overrides", "--resource", Data("guestbook", "guestbook.yaml"), "--policies", Data("guestbook", "guestbooks-overridepolicy.yaml") };

        var (code, output, _) = Run([.. args, "--cluster", Data("member1.yaml"), "-o", "json"]);
        var (_, member2, _) = Run([.. args, "--cluster", Data("member2.yaml")]);

        Assert.Equal(0, code);
        Assert.Equal("""
            {
              "apiVersion": "webapp.my.domain/v1",
              "kind": "Guestbook",
              "metadata": {
                "name": "guestbook-sample",
                "namespace": "default",
                "annotations": {
                  "OverridePolicy": "test"
                }
              },
              "spec": {
                "size": 4,
                "configMapName": "test",
                "alias": "Name"
              }
            }

            """, output);
        Assert.Contains("size: 2\n", member2, StringComparison.Ordinal);
        Assert.DoesNotContain("annotations", member2, StringComparison.Ordinal);
    }

    [Fact]
    public void Policies_may_mix_kinds_in_a_list_and_the_namespace_option_places_unnamespaced_documents()
    {
        var policies = Write("policies.yaml", """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: policy.karmada.io/v1alpha1
              kind: OverridePolicy
              metadata: {name: tag}
              spec:
                overrideRules:
                - overriders:
                    imageOverrider: [{component: Tag, operator: replace, value: "1.25"}]
            - apiVersion: policy.karmada.io/v1alpha1
              kind: ClusterOverridePolicy
              metadata: {name: mirror}
              spec:
                overrideRules:
                - targetCluster: {clusterNames: [member2]}
                  overriders:
                    imageOverrider: [{component: Registry, operator: replace, value: "mirror.local:5000"}]
            """);

        var (code, output, error) = Run("preview", "overrides", "--resource", Data("nginx", "deployment.yaml"), "--policies", policies, "--cluster", Data("member2.yaml"), "-n", "shop");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("  namespace: shop\n", output, StringComparison.Ordinal);
        Assert.Contains("- image: mirror.local:5000/nginx:1.25\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_scoped_resources_get_no_namespace_so_only_cluster_override_policies_apply()
    {
        var role = Write("role.yaml", "{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: {name: reader}, rules: []}");
        var policies = Write("policies.yaml", """
            apiVersion: policy.karmada.io/v1alpha1
            kind: ClusterOverridePolicy
            metadata: {name: cop}
            spec: {overrideRules: [{overriders: {labelsOverrider: [{operator: add, value: {by: cop}}]}}]}
            ---
            apiVersion: policy.karmada.io/v1alpha1
            kind: OverridePolicy
            metadata: {name: op}
            spec: {overrideRules: [{overriders: {labelsOverrider: [{operator: add, value: {by: op}}]}}]}
            """);

        var (code, output, _) = Run("preview", "overrides", "--resource", role, "--policies", policies, "--cluster", Data("member1.yaml"));

        Assert.Equal(0, code);
        Assert.Equal("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\n  labels:\n    by: cop\nrules: []\n", output);
    }

    [Fact]
    public void Invalid_policies_are_reported_with_every_validation_error()
    {
        var policies = Write("policies.yaml", """
            apiVersion: policy.karmada.io/v1alpha1
            kind: OverridePolicy
            metadata: {name: bad, namespace: default}
            spec:
              targetCluster: {clusterNames: [member1]}
              overrideRules:
              - overriders:
                  plaintext: [{path: spec/replicas, operator: replace}]
                  imageOverrider: [{component: Registry, operator: replace, value: registry.example.com/team}]
            ---
            apiVersion: policy.karmada.io/v1alpha1
            kind: ClusterOverridePolicy
            metadata: {name: fine}
            spec: {}
            """);

        var (code, output, error) = Run("preview", "overrides", "--resource", Data("nginx", "deployment.yaml"), "--policies", policies, "--cluster", Data("member1.yaml"));

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("""
            error: OverridePolicy default/bad is invalid:
              spec.targetCluster: Forbidden: overrideRules and targetCluster can't co-exist
              spec.overrideRules[0].overriders.plaintext[0].path: Invalid value: "spec/replicas": JSON pointer must be empty or start with a "/"
              spec.overrideRules[0].overriders.plaintext[0].value: Required value: value is required for add or replace operation
              spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: "registry.example.com/team": a registry must not contain a path ('/'); override the Repository for that

            """, error);
    }

    [Fact]
    public void Overrides_that_do_not_apply_exit_1_naming_the_policy_and_path()
    {
        var policies = Write("policies.yaml", """
            apiVersion: policy.karmada.io/v1alpha1
            kind: OverridePolicy
            metadata: {name: strategy}
            spec:
              overrideRules:
              - overriders:
                  plaintext: [{path: /spec/strategy/type, operator: add, value: Recreate}]
            """);

        var (code, output, error) = Run("preview", "overrides", "--resource", Data("nginx", "deployment.yaml"), "--policies", policies, "--cluster", Data("member1.yaml"));

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("error: apply OverridePolicy default/strategy failed: spec.overrideRules[0].overriders.plaintext[0]: add operation does not apply: doc is missing path \"/spec/strategy/type\"\n", error);
    }

    [Fact]
    public void Bad_inputs_are_reported()
    {
        var deployment = Data("nginx", "deployment.yaml");
        var policies = Data("nginx", "overridepolicy.yaml");
        var member1 = Data("member1.yaml");
        var twoClusters = Write("clusters.yaml", File.ReadAllText(member1) + "---\n" + File.ReadAllText(Data("member2.yaml")));

        Assert.Contains("--policies: document 1: expected kind OverridePolicy or ClusterOverridePolicy, found Deployment", Run("preview", "overrides", "--resource", deployment, "--policies", deployment, "--cluster", member1).Err, StringComparison.Ordinal);
        Assert.Contains("--cluster: expected exactly one Cluster", Run("preview", "overrides", "--resource", deployment, "--policies", policies, "--cluster", twoClusters).Err, StringComparison.Ordinal);
        Assert.Contains("--resource: expected exactly one Kubernetes object", Run("preview", "overrides", "--resource", twoClusters, "--policies", policies, "--cluster", member1).Err, StringComparison.Ordinal);
        Assert.Contains("error:", Run("preview", "overrides", "--resource", Path.Combine(_directory, "missing.yaml"), "--policies", policies, "--cluster", member1).Err, StringComparison.Ordinal);
        Assert.Equal(1, Run("preview", "overrides", "--resource", Write("bad.yaml", "a: [b"), "--policies", policies, "--cluster", member1).Code);
        Assert.NotEqual(0, Run("preview", "overrides", "--resource", deployment, "--policies", policies).Code);
        Assert.NotEqual(0, Nginx("member1.yaml", "-o", "xml").Code);
    }

    [Fact]
    public void Preview_lists_the_overrides_command()
    {
        var (_, output, _) = Run("preview", "--help");

        Assert.Contains("overrides", output, StringComparison.Ordinal);
    }
}
