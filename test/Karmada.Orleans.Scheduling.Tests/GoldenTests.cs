using System.Text.Json.Nodes;

namespace Karmada.Orleans.Scheduling.Tests;

/// <summary>
/// One folder per case under Golden/: clusters.yaml (Cluster objects), binding.yaml (a
/// ResourceBinding) and expected.yaml (either <c>clusters: [{name, replicas}]</c> or <c>error: message</c>).
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories("Golden").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schedules_as_expected(string name)
    {
        var folder = Path.Combine("Golden", name);
        var clusters = KubeYaml.Deserialize<Cluster>(File.ReadAllText(Path.Combine(folder, "clusters.yaml")));
        var binding = KubeYaml.Deserialize<ResourceBinding>(File.ReadAllText(Path.Combine(folder, "binding.yaml"))).Single();
        var expected = KubeYaml.ParseSingle(File.ReadAllText(Path.Combine(folder, "expected.yaml")));

        var outcome = new KarmadaScheduler().Schedule(binding, clusters);

        if (expected["error"] is { } error)
        {
            Assert.Equal(error.GetValue<string>(), outcome.Error?.Message);
            return;
        }

        Assert.Null(outcome.Error?.Message);
        var actual = new JsonArray(outcome.Clusters!.Select(c => (JsonNode)(c.Replicas == 0
            ? new JsonObject { ["name"] = c.Name }
            : new JsonObject { ["name"] = c.Name, ["replicas"] = c.Replicas })).ToArray());
        Assert.Equal(expected["clusters"]!.ToJsonString(), actual.ToJsonString());
    }
}
