using Karmada.Orleans.Storage.Selectors;

namespace Karmada.Orleans.Storage.Tests;

public sealed class SelectorTests
{
    public static TheoryData<string, string, bool> LabelCases => new()
    {
        { "", "app=web", true },
        { "app=web", "app=web", true },
        { "app==web", "app=web", true },
        { "app=web", "app=api", false },
        { "app!=web", "", true },
        { "app!=web", "app=web", false },
        { "app in (web, api)", "app=api", true },
        { "app notin (web,api)", "app=db", true },
        { "app notin (web,api)", "", true },
        { "app", "app=x", true },
        { "!app", "app=x", false },
        { "!app", "tier=x", true },
        { "app=web,tier=front", "app=web,tier=front", true },
        { "app=web,tier=front", "app=web", false },
        { "karmada.io/managed=true", "karmada.io/managed=true", true },
        { "replicas>2", "replicas=3", true },
        { "replicas<2", "replicas=3", false },
    };

    [Theory]
    [MemberData(nameof(LabelCases))]
    public void Label_selectors_match_as_in_kubernetes(string selector, string labels, bool expected)
    {
        var set = labels.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=')).ToDictionary(p => p[0], p => p[1]);

        Assert.Equal(expected, LabelSelector.Parse(selector).Matches(set));
    }

    [Theory]
    [InlineData("app in web", "expected '('")]
    [InlineData("app=web,", "a key was expected")]
    [InlineData("-bad=x", "invalid label key")]
    [InlineData("app in (a", "must be closed with ')'")]
    [InlineData("replicas>two", "must be an integer")]
    public void Malformed_label_selectors_are_invalid_with_a_reason(string selector, string reason)
    {
        var error = Assert.Throws<StoreException>(() => LabelSelector.Parse(selector));

        Assert.Equal(StoreErrorKind.Invalid, error.Kind);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_selectors_compare_dotted_paths_as_strings()
    {
        var obj = System.Text.Json.Nodes.JsonNode.Parse("""{"metadata":{"name":"n","namespace":"d"},"involvedObject":{"kind":"Deployment","uid":"u1"},"spec":{"unschedulable":true}}""")!.AsObject();

        Assert.True(FieldSelector.Parse("metadata.name=n,involvedObject.kind=Deployment").Matches(obj));
        Assert.True(FieldSelector.Parse("spec.unschedulable=true").Matches(obj));
        Assert.False(FieldSelector.Parse("metadata.namespace!=d").Matches(obj));
        Assert.Equal("n", FieldSelector.Parse("metadata.name==n").RequiredValue("metadata.name"));
        Assert.Throws<StoreException>(() => FieldSelector.Parse("metadata.name"));
    }
}
