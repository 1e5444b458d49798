namespace Karmada.Orleans.Scheduling.Tests;

public sealed class FixturesTests
{
    [Fact]
    public void Uid_fixtures_have_the_parities_their_names_claim()
    {
        Assert.False(WebsterTieBreak.NamesDescending(Fixtures.EvenUid));
        Assert.True(WebsterTieBreak.NamesDescending(Fixtures.OddUid));
    }
}
