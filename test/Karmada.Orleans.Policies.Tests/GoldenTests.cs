namespace Karmada.Orleans.Policies.Tests;

/// <summary>
/// One folder per case under Golden/: resource.yaml, policies.yaml (OverridePolicy and
/// ClusterOverridePolicy documents), cluster.yaml, and the expected object (expected.yaml) and Work
/// annotations (annotations.yaml). Like kubectl, documents without a namespace land in "default".
/// With UPDATE_GOLDEN=1 the expected files are (re)written in the source tree instead: review the diff.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories("Golden").Order(StringComparer.Ordinal))
        {
            cases.Add(Path.GetFileName(directory));
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Overrides_match_the_expected_object_and_annotations(string name)
    {
        var (result, _) = Run(name);

        Assert.True(result.Succeeded, result.Error?.Message);
        var annotations = new JsonObject(result.WorkAnnotations().Select(a => KeyValuePair.Create(a.Key, (JsonNode?)JsonValue.Create(a.Value))));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "Golden", name, "expected.yaml"), Fixtures.Yaml(result.Object));
            File.WriteAllText(Path.Combine(SourceDirectory(), "Golden", name, "annotations.yaml"), Fixtures.Yaml(annotations));
            return;
        }

        Assert.Equal(Read(name, "expected.yaml"), Fixtures.Yaml(result.Object));
        Assert.Equal(Read(name, "annotations.yaml"), Fixtures.Yaml(annotations));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_policies_pass_admission(string name)
    {
        var (_, errors) = Run(name);

        Assert.Empty(errors);
    }

    internal static (OverrideResult Result, List<FieldError> Errors) Run(string name)
    {
        var resource = (JsonObject)KubeYaml.ParseSingle(Read(name, "resource.yaml"));
        if (resource["metadata"] is JsonObject metadata && metadata["namespace"] is null)
        {
            metadata.Insert(metadata.ContainsKey("name") ? metadata.IndexOf("name") + 1 : 0, "namespace", "default");
        }

        var cops = new List<ClusterOverridePolicy>();
        var ops = new List<OverridePolicy>();
        foreach (var document in KubeYaml.ParseDocuments(Read(name, "policies.yaml")))
        {
            if (document["kind"]!.GetValue<string>() == ClusterOverridePolicy.KindName)
            {
                cops.Add(KarmadaJson.Deserialize<ClusterOverridePolicy>(document));
                continue;
            }

            var op = KarmadaJson.Deserialize<OverridePolicy>(document);
            ops.Add(op.Metadata.Namespace is null ? op with { Metadata = op.Metadata with { Namespace = "default" } } : op);
        }

        var errors = cops.SelectMany(OverridePolicyValidator.Validate).Concat(ops.SelectMany(OverridePolicyValidator.Validate)).ToList();
        var cluster = KarmadaJson.Deserialize<Cluster>(KubeYaml.ParseSingle(Read(name, "cluster.yaml")));
        return (OverrideManager.Apply(resource, cluster, cops, ops), errors);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static string Read(string name, string file)
    {
        var path = Path.Combine("Golden", name, file);
        return File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
    }
}
