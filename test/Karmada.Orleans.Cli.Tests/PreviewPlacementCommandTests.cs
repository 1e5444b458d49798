namespace Karmada.Orleans.Cli.Tests;

public sealed class PreviewPlacementCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("preview-placement-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    private static string Data(string file) => Path.Combine("TestData", "nginx", file);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void The_nginx_sample_lands_one_replica_on_each_member_as_yaml()
    {
        var (code, output, error) = Run("preview", "placement", "--clusters", Data("clusters.yaml"), "--binding", Data("binding.yaml"));

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal("- name: member1\n  replicas: 1\n- name: member2\n  replicas: 1\n", output);
    }

    [Fact]
    public void Json_output_and_cluster_lists_are_supported()
    {
        var (code, output, _) = Run("preview", "placement", "--clusters", Data("clusters-list.yaml"), "--binding", Data("binding.yaml"), "-o", "json");

        Assert.Equal(0, code);
        Assert.Equal("[\n  {\n    \"name\": \"member1\",\n    \"replicas\": 1\n  },\n  {\n    \"name\": \"member2\",\n    \"replicas\": 1\n  }\n]\n", output);
    }

    [Fact]
    public void Scheduling_errors_go_to_stderr_with_exit_code_1()
    {
        var binding = Write("binding.yaml", File.ReadAllText(Data("binding.yaml")).Replace("[member1, member2]", "[member9]", StringComparison.Ordinal));

        var (code, output, error) = Run("preview", "placement", "--clusters", Data("clusters.yaml"), "--binding", binding);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("0/3 clusters are available: 3 cluster(s) did not match the placement cluster affinity constraint.\n", error);
    }

    [Fact]
    public void Zero_replica_entries_are_dropped_and_output_is_sorted_by_name()
    {
        var clusters = Write("clusters.yaml", string.Join("---\n", new[] { "zeta", "alpha", "mid" }.Select(n => $$$"""
            apiVersion: cluster.karmada.io/v1alpha1
            kind: Cluster
            metadata: {name: {{{n}}}}
            spec: {syncMode: Push}
            status:
              apiEnablements: [{groupVersion: apps/v1, resources: [{name: deployments, kind: Deployment}]}]
              resourceSummary: {allocatable: {cpu: "4", pods: "110"}}

            """)));
        var binding = Write("binding.yaml", """
            apiVersion: work.karmada.io/v1alpha2
            kind: ResourceBinding
            metadata: {name: web-deployment, namespace: default}
            spec:
              resource: {apiVersion: apps/v1, kind: Deployment, namespace: default, name: web, uid: uid-even-1}
              replicas: 2
              replicaRequirements: {resourceRequest: {cpu: "1"}}
              placement:
                replicaScheduling: {replicaSchedulingType: Divided, replicaDivisionPreference: Weighted}
            """);

        var (code, output, _) = Run("preview", "placement", "--clusters", clusters, "--binding", binding);

        Assert.Equal(0, code);
        Assert.Equal("- name: alpha\n  replicas: 1\n- name: mid\n  replicas: 1\n", output);
    }

    [Fact]
    public void Non_workloads_list_clusters_without_replicas()
    {
        var binding = Write("binding.yaml", """
            apiVersion: work.karmada.io/v1alpha2
            kind: ResourceBinding
            metadata: {name: nginx-service, namespace: default}
            spec:
              resource: {apiVersion: apps/v1, kind: Deployment, namespace: default, name: nginx}
              placement: {clusterAffinity: {clusterNames: [member2]}}
            """);

        var (code, output, _) = Run("preview", "placement", "--clusters", Data("clusters.yaml"), "--binding", binding);

        Assert.Equal(0, code);
        Assert.Equal("- name: member2\n", output);
    }

    [Fact]
    public void Bad_inputs_are_reported()
    {
        var notABinding = Write("cluster-as-binding.yaml", File.ReadAllText(Data("clusters.yaml")));
        var notClusters = Write("binding-as-clusters.yaml", File.ReadAllText(Data("binding.yaml")));

        Assert.Equal(1, Run("preview", "placement", "--clusters", Data("clusters.yaml"), "--binding", notABinding).Code);
        Assert.Contains("expected kind Cluster", Run("preview", "placement", "--clusters", notClusters, "--binding", Data("binding.yaml")).Err, StringComparison.Ordinal);
        Assert.Contains("error:", Run("preview", "placement", "--clusters", Path.Combine(_directory, "missing.yaml"), "--binding", Data("binding.yaml")).Err, StringComparison.Ordinal);
        Assert.NotEqual(0, Run("preview", "placement", "--clusters", Data("clusters.yaml")).Code);
        Assert.NotEqual(0, Run("preview", "placement", "--clusters", Data("clusters.yaml"), "--binding", Data("binding.yaml"), "-o", "xml").Code);
    }

    [Fact]
    public void Preview_is_a_parent_command()
    {
        var (_, output, _) = Run("preview", "--help");

        Assert.Contains("placement", output, StringComparison.Ordinal);
    }
}
