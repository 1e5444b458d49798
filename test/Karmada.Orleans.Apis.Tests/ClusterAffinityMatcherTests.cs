namespace Karmada.Orleans.Apis.Tests;

public sealed class ClusterAffinityMatcherTests
{
    private static readonly Cluster Member1 = new()
    {
        Metadata = new ObjectMeta { Name = "member1", Labels = new Dictionary<string, string> { ["env"] = "prod" } },
        Spec = new ClusterSpec { Provider = "aws", Region = "us-east-1", Zones = ["us-east-1a", "us-east-1b"] },
    };

    private static readonly Cluster Bare = new() { Metadata = new ObjectMeta { Name = "bare" } };

    public static TheoryData<string, ClusterAffinity, bool, bool> Cases => new()
    {
        // name, affinity, matches member1, matches bare
        { "empty affinity matches all", new ClusterAffinity(), true, true },
        { "clusterNames lists it", new ClusterAffinity { ClusterNames = ["member1", "member2"] }, true, false },
        { "clusterNames does not list it", new ClusterAffinity { ClusterNames = ["member2"] }, false, false },
        { "exclude wins over clusterNames", new ClusterAffinity { ClusterNames = ["member1"], Exclude = ["member1"] }, false, false },
        { "exclude alone", new ClusterAffinity { Exclude = ["bare"] }, true, false },
        { "labelSelector", new ClusterAffinity { LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["env"] = "prod" } } }, true, false },
        { "labelSelector and names are ANDed", new ClusterAffinity { ClusterNames = ["bare"], LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["env"] = "prod" } } }, false, false },
        { "invalid labelSelector matches nothing", new ClusterAffinity { LabelSelector = new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = "env", Operator = "In" }] } }, false, false },
        { "provider In", Field("provider", "In", "aws", "gcp"), true, false },
        { "provider NotIn", Field("provider", "NotIn", "aws"), false, true },
        { "region In", Field("region", "In", "us-east-1"), true, false },
        { "region NotIn other", Field("region", "NotIn", "eu-west-1"), true, true },
        { "region Exists", Field("region", "Exists"), true, false },
        { "region DoesNotExist", Field("region", "DoesNotExist"), false, true },
        { "zone In needs every zone listed", Field("zone", "In", "us-east-1a"), false, false },
        { "zone In all zones", Field("zone", "In", "us-east-1a", "us-east-1b", "us-east-1c"), true, false },
        { "zone NotIn any zone", Field("zone", "NotIn", "us-east-1b"), false, true },
        { "zone Exists", Field("zone", "Exists"), true, false },
        { "zone DoesNotExist", Field("zone", "DoesNotExist"), false, true },
        { "zone unknown operator", Field("zone", "Gt", "1"), false, false },
        { "In without values", Field("provider", "In"), false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_like_Karmada(string name, ClusterAffinity affinity, bool member1, bool bare)
    {
        Assert.True(member1 == ClusterAffinityMatcher.Matches(Member1, affinity), $"{name}: member1");
        Assert.True(bare == ClusterAffinityMatcher.Matches(Bare, affinity), $"{name}: bare");
    }

    private static ClusterAffinity Field(string key, string op, params string[] values)
        => new() { FieldSelector = new FieldSelector { MatchExpressions = [new NodeSelectorRequirement { Key = key, Operator = op, Values = values.Length == 0 ? null : values }] } };
}
