namespace Karmada.Orleans.Scheduling.Tests;

public sealed class WebsterMethodTests
{
    private static string Allocate(int seats, string votes, string? initial = null, bool descending = false)
    {
        var result = WebsterMethod.Allocate(seats, Parse(votes).Select(p => new KeyValuePair<string, long>(p.Key, p.Value)),
            initial is null ? null : Parse(initial).Select(p => new KeyValuePair<string, int>(p.Key, (int)p.Value)), descending);
        return string.Join(",", result.Select(p => $"{p.Name}:{p.Seats}"));
    }

    private static Dictionary<string, long> Parse(string text)
        => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':')).ToDictionary(p => p[0], p => long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(8, "A:100000,B:80000,C:30000,D:20000", "A:3,B:3,C:1,D:1")] // Sainte-Laguë's textbook example
    [InlineData(4, "Alpha:1200,Beta:900,Gamma:400", "Alpha:2,Beta:1,Gamma:1")]
    [InlineData(9, "a:1,b:2", "a:3,b:6")]
    [InlineData(9, "a:1,b:3", "a:2,b:7")]
    [InlineData(3, "a:1,b:1,c:1,d:1", "a:1,b:1,c:1,d:0")]
    [InlineData(0, "a:1,b:1", "a:0,b:0")]
    [InlineData(5, "a:0,b:1", "a:0,b:5")]
    public void Allocates_seats_by_highest_quotient(int seats, string votes, string expected)
    {
        Assert.Equal(expected, Allocate(seats, votes));
    }

    [Fact]
    public void Ties_go_to_fewer_seats_then_names_in_the_uid_parity_order()
    {
        Assert.Equal("a:1,b:1,c:0", Allocate(2, "a:1,b:1,c:1"));
        Assert.Equal("a:0,b:1,c:1", Allocate(2, "a:1,b:1,c:1", descending: true));

        // Equal quotients (1/1 vs 3/3): the party with fewer seats wins, whatever the name order.
        Assert.Equal("a:1,b:1", Allocate(1, "a:1,b:3", initial: "b:1"));
        Assert.Equal("a:1,b:1", Allocate(1, "a:1,b:3", initial: "b:1", descending: true));
    }

    [Fact]
    public void Initial_seats_count_and_parties_without_votes_keep_theirs()
    {
        Assert.Equal("a:2,b:2", Allocate(2, "a:1,b:1", initial: "a:2"));
        Assert.Equal("a:1,b:1,gone:3", Allocate(2, "a:1,b:2", initial: "gone:3"));
    }

    [Fact]
    public void More_seats_never_give_a_party_fewer()
    {
        const string votes = "a:7,b:5,c:3,d:1";
        var previous = Parse(Allocate(0, votes));
        for (var seats = 1; seats <= 60; seats++)
        {
            var current = Parse(Allocate(seats, votes));
            Assert.All(current, p => Assert.True(p.Value >= previous[p.Key], $"{p.Key} lost a seat at {seats}"));
            Assert.Equal(seats, current.Values.Sum());
            previous = current;
        }
    }

    [Theory]
    [InlineData("", 2166136261u)]
    [InlineData("a", 3826002220u)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void Fnv1a32_matches_the_reference_vectors(string text, uint hash)
    {
        Assert.Equal(hash, WebsterTieBreak.Fnv1a32(text));
    }

    [Fact]
    public void Empty_uid_sorts_names_ascending()
    {
        Assert.False(WebsterTieBreak.NamesDescending(""));
        Assert.False(WebsterTieBreak.NamesDescending(null));
    }
}
