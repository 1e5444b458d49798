using System.Text.Json.Nodes;

namespace Karmada.Orleans.Apis.Tests;

public sealed class KubeYamlTests
{
    [Theory]
    [InlineData("v: 1", "1")]
    [InlineData("v: -7", "-7")]
    [InlineData("v: 0x1F", "31")]
    [InlineData("v: 0777", "511")]
    [InlineData("v: 0o17", "15")]
    [InlineData("v: 0b101", "5")]
    [InlineData("v: 1_000", "1000")]
    [InlineData("v: 1.5", "1.5")]
    [InlineData("v: 1.0", "1")]
    [InlineData("v: 1e3", "1000")]
    [InlineData("v: .5", "0.5")]
    [InlineData("v: true", "true")]
    [InlineData("v: False", "false")]
    [InlineData("v: yes", "true")]
    [InlineData("v: off", "false")]
    [InlineData("v: y", "true")]
    [InlineData("v: null", "null")]
    [InlineData("v: ~", "null")]
    [InlineData("v:", "null")]
    [InlineData("v: \"1\"", "\"1\"")]
    [InlineData("v: 'true'", "\"true\"")]
    [InlineData("v: !!str 12", "\"12\"")]
    [InlineData("v: hello world", "\"hello world\"")]
    [InlineData("v: 1Gi", "\"1Gi\"")]
    [InlineData("v: 500m", "\"500m\"")]
    [InlineData("v: 2024-01-01", "\"2024-01-01\"")]
    [InlineData("v: 08", "8")]
    [InlineData("v: 1.2.3", "\"1.2.3\"")]
    [InlineData("v: .inf", "\".inf\"")]
    public void Types_plain_scalars_like_kubectl(string yaml, string json)
    {
        var node = KubeYaml.ParseSingle(yaml);

        Assert.Equal(json, node["v"]?.ToJsonString() ?? "null");
    }

    [Fact]
    public void Reads_multi_document_streams_skipping_empty_documents()
    {
        var docs = KubeYaml.ParseDocuments("""
            # leading comment
            ---
            kind: A
            ---
            ---
            kind: B
            ...
            """);

        Assert.Equal(["A", "B"], docs.Select(d => d["kind"]!.GetValue<string>()));
    }

    [Fact]
    public void Expands_lists()
    {
        var docs = KubeYaml.ParseDocuments("""
            apiVersion: v1
            kind: List
            items:
            - kind: Cluster
              metadata: {name: a}
            - kind: Cluster
              metadata: {name: b}
            ---
            kind: ClusterList
            items:
            - kind: Cluster
              metadata: {name: c}
            """);

        Assert.Equal(["a", "b", "c"], docs.Select(d => d["metadata"]!["name"]!.GetValue<string>()));
        Assert.Single(KubeYaml.ParseDocuments("kind: List\nitems: []\n---\nkind: X", expandLists: true));
        Assert.Equal(2, KubeYaml.ParseDocuments("kind: List\nitems: []\n---\nkind: X", expandLists: false).Count);
    }

    [Fact]
    public void Resolves_anchors_and_merge_keys()
    {
        var node = KubeYaml.ParseSingle("""
            base: &base {a: 1, b: 2}
            derived:
              <<: *base
              b: 3
            """);

        Assert.Equal("""{"a":1,"b":3}""", node["derived"]!.ToJsonString());
    }

    [Fact]
    public void Rejects_invalid_yaml()
    {
        Assert.Throws<FormatException>(() => KubeYaml.ParseDocuments("a: [1, 2"));
        Assert.Throws<FormatException>(() => KubeYaml.ParseSingle("a: 1\n---\nb: 2"));
    }

    [Fact]
    public void Writes_strings_that_look_like_other_types_quoted_and_round_trips()
    {
        var node = JsonNode.Parse("""
            {"s":"true","n":"1","e":"","nul":"null","y":"yes","text":"plain text","multi":"a\nb",
             "num":1.5,"int":3,"b":false,"z":null,"list":["x",2],"empty":{},"none":[],"colon":"a: b","q":"1Gi"}
            """)!;

        var yaml = KubeYaml.FromJson(node);
        var back = KubeYaml.ParseSingle(yaml);

        Assert.True(JsonNode.DeepEquals(node, back), yaml);
        Assert.Contains("s: \"true\"", yaml, StringComparison.Ordinal);
        Assert.Contains("text: plain text", yaml, StringComparison.Ordinal);
        Assert.Contains("q: 1Gi", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialises_api_objects()
    {
        var cluster = new Cluster { Metadata = new ObjectMeta { Name = "member1" }, Spec = new ClusterSpec { Region = "eu" } };

        var yaml = KubeYaml.Serialize(cluster);

        Assert.Equal("""
            apiVersion: cluster.karmada.io/v1alpha1
            kind: Cluster
            metadata:
              name: member1
            spec:
              syncMode: Push
              region: eu

            """.ReplaceLineEndings("\n"), yaml.ReplaceLineEndings("\n"));
        Assert.Equal("member1", KubeYaml.Deserialize<Cluster>(yaml).Single().Metadata.Name);
    }
}
