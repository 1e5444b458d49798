namespace Karmada.Orleans.Scheduling;

/// <summary>A party of the Webster apportionment: a cluster, its votes (weight) and seats (replicas).</summary>
public readonly record struct WebsterParty(string Name, long Votes, int Seats);
