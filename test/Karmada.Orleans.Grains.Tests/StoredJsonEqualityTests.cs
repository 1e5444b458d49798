using System.Text;
using System.Text.Json.Nodes;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Tests;

/// <summary>Reading and comparing parts of a stored object, as Works are read and compared with what a binding renders.</summary>
public sealed class StoredJsonEqualityTests
{
    private static readonly StoredObject Work = new(new ResourceKey("works.work.karmada.io", "karmada-es-m1", "w"), 3, Encoding.UTF8.GetBytes(
        """{"metadata":{"name":"w","labels":{"a":"1","b":"2"},"annotations":{}},"spec":{"workload":{"manifests":[{"kind":"Deployment","spec":{"replicas":2}}]}},"status":{"x":1}}"""));

    [Theory]
    [InlineData("spec", """{"workload":{"manifests":[{"kind":"Deployment","spec":{"replicas":2}}]}}""", true)]
    [InlineData("spec", """{"workload":{"manifests":[{"spec":{"replicas":2},"kind":"Deployment"}]}}""", true)]
    [InlineData("spec", """{"workload":{"manifests":[{"kind":"Deployment","spec":{"replicas":3}}]}}""", false)]
    [InlineData("spec", """{"workload":{"manifests":[]}}""", false)]
    [InlineData("metadata.labels", """{"b":"2","a":"1"}""", true)]
    [InlineData("metadata.labels", """{"a":"1"}""", false)]
    [InlineData("metadata.annotations", """{}""", true)]
    [InlineData("metadata.finalizers", """[]""", false)]
    [InlineData("metadata.name.x", "{}", false)]
    public void A_part_is_the_same_only_when_equal_as_json(string path, string expected, bool same) =>
        Assert.Equal(same, StoredJsonEquality.Same(Work, (path.Split('.'), JsonNode.Parse(expected))));

    [Theory]
    [InlineData("metadata.name", "w")]
    [InlineData("metadata.labels.b", "2")]
    [InlineData("metadata.labels.c", null)]
    [InlineData("status.x", null)]
    [InlineData("metadata.name.x", null)]
    public void A_string_is_read_at_a_path_and_anything_else_is_null(string path, string? value) =>
        Assert.Equal(value, StoredJsonPath.String(Work, path.Split('.')));

    [Fact]
    public void Every_part_must_match()
    {
        Assert.True(StoredJsonEquality.Same(Work, (["metadata", "labels"], JsonNode.Parse("""{"a":"1","b":"2"}""")), (["status", "x"], JsonValue.Create(1))));
        Assert.False(StoredJsonEquality.Same(Work, (["metadata", "labels"], JsonNode.Parse("""{"a":"1","b":"2"}""")), (["status", "x"], JsonValue.Create(2))));
    }
}
