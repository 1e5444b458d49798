namespace Karmada.Orleans.Scheduling;

/// <summary>
/// The Webster / Sainte-Laguë method Karmada divides replicas with: seats go one at a time to the
/// party with the highest votes / (2 × seats + 1); ties go to fewer seats, then by name. Unlike
/// largest-remainder division it is monotone: more replicas never give a cluster fewer.
/// </summary>
public static class WebsterMethod
{
    /// <summary>
    /// Hands out <paramref name="newSeats"/> seats. Parties only in <paramref name="initialSeats"/>
    /// keep their seats with 0 votes. The result is sorted by name and includes zero-seat parties.
    /// </summary>
    public static IReadOnlyList<WebsterParty> Allocate(
        int newSeats,
        IEnumerable<KeyValuePair<string, long>> votes,
        IEnumerable<KeyValuePair<string, int>>? initialSeats = null,
        bool namesDescending = false)
    {
        var parties = new Dictionary<string, WebsterParty>(StringComparer.Ordinal);
        foreach (var (name, seats) in initialSeats ?? [])
        {
            parties[name] = new WebsterParty(name, 0, seats);
        }

        foreach (var (name, v) in votes)
        {
            parties[name] = parties.TryGetValue(name, out var p) ? p with { Votes = v } : new WebsterParty(name, v, 0);
        }

        if (parties.Count == 0)
        {
            return [];
        }

        var comparer = new PriorityComparer(namesDescending);
        var queue = new PriorityQueue<WebsterParty, WebsterParty>(comparer);
        foreach (var party in parties.Values)
        {
            queue.Enqueue(party, party);
        }

        for (var remaining = newSeats; remaining > 0; remaining--)
        {
            var winner = queue.Dequeue();
            var next = winner with { Seats = winner.Seats + 1 };
            queue.Enqueue(next, next);
        }

        var result = new List<WebsterParty>(queue.Count);
        while (queue.TryDequeue(out var party, out _))
        {
            result.Add(party);
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return result;
    }

    /// <summary>Orders parties so the next seat's winner comes first.</summary>
    private sealed class PriorityComparer(bool namesDescending) : IComparer<WebsterParty>
    {
        public int Compare(WebsterParty x, WebsterParty y)
        {
            // Karmada compares float64 quotients; doing the same keeps ties identical.
            var px = (double)x.Votes / ((2.0 * x.Seats) + 1);
            var py = (double)y.Votes / ((2.0 * y.Seats) + 1);
            if (px != py)
            {
                return px > py ? -1 : 1;
            }

            if (x.Seats != y.Seats)
            {
                return x.Seats < y.Seats ? -1 : 1;
            }

            var byName = string.CompareOrdinal(x.Name, y.Name);
            return namesDescending ? -byName : byName;
        }
    }
}
