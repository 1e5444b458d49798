namespace Karmada.Orleans.Members.Watch;

public sealed record InformerOptions
{
    public string? LabelSelector { get; init; }

    public string? FieldSelector { get; init; }

    /// <summary>
    /// Keep only each object's apiVersion, kind, name, namespace, uid, resourceVersion and labels in the
    /// cache (events still carry whole objects): for consumers that react to events and never read the
    /// cache, with many objects (the control plane watching every member's propagated objects).
    /// </summary>
    public bool MetadataOnly { get; init; }

    /// <summary>Page size of the (re)list.</summary>
    public long PageSize { get; init; } = 500;

    public Backoff Backoff { get; init; } = Backoff.Default;

    /// <summary>
    /// Each watch asks the server to end after a random time in [this, 2×this] (client-go: 5 minutes), spreading
    /// reconnections; the client gives up on a watch that outlives that by <see cref="WatchGrace"/> (a dead connection).
    /// </summary>
    public TimeSpan MinWatchTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan WatchGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Source of jitter; inject a seeded one for deterministic tests.</summary>
    public Random Random { get; init; } = Random.Shared;
}
