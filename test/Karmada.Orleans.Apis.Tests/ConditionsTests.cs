namespace Karmada.Orleans.Apis.Tests;

public sealed class ConditionsTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T1 = T0.AddMinutes(5);

    [Fact]
    public void Transition_time_moves_only_when_the_status_changes()
    {
        var ready = new Condition { Type = "Ready", Status = "True", Reason = "A" };

        var first = Conditions.Set(null, ready, T0);
        var same = Conditions.Set(first, ready with { Reason = "B" }, T1);
        var flipped = Conditions.Set(same, ready with { Status = "False" }, T1);

        Assert.Equal(T0, first.Single().LastTransitionTime);
        Assert.Equal(T0, same.Single().LastTransitionTime);
        Assert.Equal("B", same.Single().Reason);
        Assert.Equal(T1, flipped.Single().LastTransitionTime);
        Assert.True(Conditions.IsTrue(same, "Ready"));
        Assert.False(Conditions.IsTrue(flipped, "Ready"));
    }
}
