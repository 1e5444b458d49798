using System.Text.Json.Nodes;
using Karmada.Orleans.Cli.Clusters;

namespace Karmada.Orleans.Cli.Tests;

public sealed class TaintChangeTests
{
    [Theory]
    [InlineData("dedicated=gpu:NoSchedule", "dedicated", "gpu", "NoSchedule", false)]
    [InlineData("dedicated:NoExecute", "dedicated", null, "NoExecute", false)]
    [InlineData("dedicated-", "dedicated", null, null, true)]
    [InlineData("dedicated:NoSchedule-", "dedicated", null, "NoSchedule", true)]
    public void Taint_arguments_parse_like_kubectl(string text, string key, string? value, string? effect, bool remove) =>
        Assert.Equal(new TaintChange(key, value, effect, remove), TaintChange.Parse(text));

    [Theory]
    [InlineData("dedicated=gpu")]
    [InlineData("dedicated=gpu:Sometimes")]
    [InlineData("=gpu:NoSchedule")]
    public void Malformed_taints_are_rejected(string text) => Assert.Throws<FormatException>(() => TaintChange.Parse(text));

    [Fact]
    public void Adding_updates_a_taint_with_the_same_key_and_effect_and_removing_by_key_removes_all_effects()
    {
        var taints = new List<JsonObject>
        {
            new() { ["key"] = "a", ["value"] = "1", ["effect"] = "NoSchedule" },
            new() { ["key"] = "a", ["effect"] = "NoExecute" },
        };

        TaintChange.Parse("a=2:NoSchedule").ApplyTo(taints);
        Assert.Equal("2", taints[0]["value"]!.GetValue<string>());
        Assert.Equal(2, taints.Count);

        TaintChange.Parse("a-").ApplyTo(taints);
        Assert.Empty(taints);
    }
}
