namespace Karmada.Orleans.Members.Watch;

public enum InformerEventType
{
    Added,
    Modified,
    Deleted,

    /// <summary>A list (the first, or a relist) has been delivered in full; the cache is complete.</summary>
    Synced,
}
