namespace Karmada.Orleans.Apis.Tests;

public sealed class LabelSelectorMatcherTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["env"] = "prod", ["tier"] = "web" };

    public static TheoryData<string, LabelSelector, bool> Cases => new()
    {
        { "empty selector matches everything", new LabelSelector(), true },
        { "matchLabels equal", new LabelSelector { MatchLabels = new Dictionary<string, string> { ["env"] = "prod" } }, true },
        { "matchLabels different value", new LabelSelector { MatchLabels = new Dictionary<string, string> { ["env"] = "dev" } }, false },
        { "matchLabels missing key", new LabelSelector { MatchLabels = new Dictionary<string, string> { ["zone"] = "a" } }, false },
        { "In listed", Expr("env", "In", "dev", "prod"), true },
        { "In not listed", Expr("env", "In", "dev"), false },
        { "In absent key", Expr("zone", "In", "a"), false },
        { "NotIn listed", Expr("env", "NotIn", "prod"), false },
        { "NotIn not listed", Expr("env", "NotIn", "dev"), true },
        { "NotIn absent key", Expr("zone", "NotIn", "a"), true },
        { "Exists present", Expr("tier", "Exists"), true },
        { "Exists absent", Expr("zone", "Exists"), false },
        { "DoesNotExist absent", Expr("zone", "DoesNotExist"), true },
        { "DoesNotExist present", Expr("env", "DoesNotExist"), false },
        { "In without values is invalid", Expr("env", "In"), false },
        { "Exists with values is invalid", Expr("env", "Exists", "prod"), false },
        { "unknown operator", Expr("env", "Equals", "prod"), false },
        {
            "labels and expressions are ANDed",
            new LabelSelector
            {
                MatchLabels = new Dictionary<string, string> { ["env"] = "prod" },
                MatchExpressions = [new LabelSelectorRequirement { Key = "tier", Operator = "NotIn", Values = ["web"] }],
            },
            false
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_with_Kubernetes_semantics(string name, LabelSelector selector, bool expected)
    {
        Assert.True(expected == LabelSelectorMatcher.Matches(selector, Labels), name);
    }

    [Fact]
    public void Nothing_but_an_empty_selector_matches_an_unlabelled_object()
    {
        Assert.True(LabelSelectorMatcher.Matches(new LabelSelector(), null));
        Assert.False(LabelSelectorMatcher.Matches(Expr("a", "Exists"), null));
        Assert.True(LabelSelectorMatcher.Matches(Expr("a", "DoesNotExist"), null));
    }

    [Fact]
    public void Validate_reports_the_invalid_requirement()
    {
        Assert.Null(LabelSelectorMatcher.Validate(Expr("a", "In", "x")));
        Assert.NotNull(LabelSelectorMatcher.Validate(Expr("a", "In")));
        Assert.NotNull(LabelSelectorMatcher.Validate(Expr("a", "DoesNotExist", "x")));
        Assert.Contains("not a valid", LabelSelectorMatcher.Validate(Expr("a", "Gt", "1")), StringComparison.Ordinal);
    }

    private static LabelSelector Expr(string key, string op, params string[] values)
        => new() { MatchExpressions = [new LabelSelectorRequirement { Key = key, Operator = op, Values = values.Length == 0 ? null : values }] };
}
