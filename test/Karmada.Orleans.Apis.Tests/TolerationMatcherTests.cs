namespace Karmada.Orleans.Apis.Tests;

public sealed class TolerationMatcherTests
{
    private static readonly Taint NotReady = new() { Key = KarmadaTaints.NotReady, Effect = TaintEffect.NoSchedule };
    private static readonly Taint Dedicated = new() { Key = "dedicated", Value = "gpu", Effect = TaintEffect.NoExecute };

    public static TheoryData<string, Toleration, Taint, bool> Cases => new()
    {
        { "Exists with key", new Toleration { Key = KarmadaTaints.NotReady, Operator = "Exists" }, NotReady, true },
        { "Exists without key tolerates everything", new Toleration { Operator = "Exists" }, Dedicated, true },
        { "Equal value", new Toleration { Key = "dedicated", Operator = "Equal", Value = "gpu" }, Dedicated, true },
        { "empty operator means Equal", new Toleration { Key = "dedicated", Value = "gpu" }, Dedicated, true },
        { "Equal other value", new Toleration { Key = "dedicated", Operator = "Equal", Value = "cpu" }, Dedicated, false },
        { "other key", new Toleration { Key = "other", Operator = "Exists" }, Dedicated, false },
        { "effect must match", new Toleration { Key = "dedicated", Operator = "Exists", Effect = "NoSchedule" }, Dedicated, false },
        { "effect matches", new Toleration { Key = "dedicated", Operator = "Exists", Effect = "NoExecute" }, Dedicated, true },
        { "Equal against empty value", new Toleration { Key = KarmadaTaints.NotReady, Operator = "Equal" }, NotReady, true },
        { "unknown operator", new Toleration { Key = "dedicated", Operator = "Gt", Value = "gpu" }, Dedicated, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tolerates_like_corev1(string name, Toleration toleration, Taint taint, bool expected)
    {
        Assert.True(expected == TolerationMatcher.Tolerates(toleration, taint), name);
    }

    [Fact]
    public void Finds_the_first_untolerated_taint_among_the_filtered_ones()
    {
        var prefer = new Taint { Key = "soft", Effect = TaintEffect.PreferNoSchedule };
        Taint[] taints = [prefer, NotReady, Dedicated];

        var found = TolerationMatcher.FindUntoleratedTaint(taints, [new Toleration { Key = KarmadaTaints.NotReady, Operator = "Exists" }], t => t.Effect != TaintEffect.PreferNoSchedule);

        Assert.Equal(Dedicated, found);
        Assert.Null(TolerationMatcher.FindUntoleratedTaint(taints, [new Toleration { Operator = "Exists" }], _ => true));
    }

    [Fact]
    public void Formats_taints_like_Kubernetes()
    {
        Assert.Equal("dedicated=gpu:NoExecute", TolerationMatcher.Format(Dedicated));
        Assert.Equal("cluster.karmada.io/not-ready:NoSchedule", TolerationMatcher.Format(NotReady));
    }
}
