namespace Karmada.Orleans.Storage.Watch;

/// <summary>One committed change as the watch hub fans it out: the new version and, when known, the previous one.</summary>
public sealed record ChangeRecord(WatchEventType Type, StoredObject Object, StoredObject? Previous)
{
    public long Revision => Object.Revision;
}
