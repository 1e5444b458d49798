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
        var obj = Stored("""{"metadata":{"name":"n","namespace":"d"},"involvedObject":{"kind":"Deployment","uid":"u1"},"spec":{"unschedulable":true,"replicas":3,"nodeName":null}}""");

        Assert.True(ObjectSelection.Matches(obj, null, FieldSelector.Parse("metadata.name=n,involvedObject.kind=Deployment")));
        Assert.True(ObjectSelection.Matches(obj, null, FieldSelector.Parse("spec.unschedulable=true")));
        Assert.True(ObjectSelection.Matches(obj, null, FieldSelector.Parse("spec.replicas=3")));
        Assert.True(ObjectSelection.Matches(obj, null, FieldSelector.Parse("spec.nodeName=,status.phase=")));
        Assert.False(ObjectSelection.Matches(obj, null, FieldSelector.Parse("metadata.namespace!=d")));
        Assert.False(ObjectSelection.Matches(obj, null, FieldSelector.Parse("metadata.name.first=n")));
        Assert.Equal("n", FieldSelector.Parse("metadata.name==n").RequiredValue("metadata.name"));
        Assert.Throws<StoreException>(() => FieldSelector.Parse("metadata.name"));
    }

    public static TheoryData<string, string> LabelReadCases => new()
    {
        { """{"metadata":{"name":"a","labels":{"app":"web","tier":"front"}}}""", "app=web,tier=front" },
        { """{"kind":"Pod","spec":{"labels":{"decoy":"x"}},"metadata":{"annotations":{"labels":"no"},"labels":{"app":"web"}},"status":{}}""", "app=web" },
        { """{"metadata":{"name":"a"}}""", "" },
        { """{"metadata":{"labels":null}}""", "" },
        { """{"metadata":{"labels":{}}}""", "" },
        { """{"labels":{"app":"top-level"}}""", "" },
        { """{"metadata":{"labels":{"n":3,"b":true,"o":{"x":[1]}}}}""", "n=3,b=true,o={\"x\":[1]}" },
    };

    [Theory]
    [MemberData(nameof(LabelReadCases))]
    public void Labels_are_read_from_the_stored_bytes_only_under_metadata(string json, string expected)
    {
        var labels = Stored(json).Labels;

        Assert.Equal(expected, string.Join(",", labels.Select(l => $"{l.Key}={l.Value}")));
    }

    [Fact]
    public void Label_and_field_selectors_both_apply_to_a_stored_object()
    {
        var obj = Stored("""{"metadata":{"name":"n","labels":{"karmada.io/managed":"true"}}}""");

        Assert.True(ObjectSelection.Matches(obj, LabelSelector.Parse("karmada.io/managed=true"), FieldSelector.Parse("metadata.name=n")));
        Assert.False(ObjectSelection.Matches(obj, LabelSelector.Parse("karmada.io/managed=true"), FieldSelector.Parse("metadata.name=m")));
        Assert.False(ObjectSelection.Matches(obj, LabelSelector.Parse("karmada.io/managed=false"), FieldSelector.Parse("metadata.name=n")));
        Assert.True(ObjectSelection.Matches(obj, LabelSelector.Everything, null));
    }

    private static StoredObject Stored(string json) =>
        new(new ResourceKey("pods", "d", "n"), 1, System.Text.Encoding.UTF8.GetBytes(json));
}
