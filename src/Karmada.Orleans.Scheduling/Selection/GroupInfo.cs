namespace Karmada.Orleans.Scheduling;

/// <summary>A topology group (e.g. a region) seen by the group search: its size and its score.</summary>
internal sealed record GroupInfo(string Name, long Value, long Weight);
