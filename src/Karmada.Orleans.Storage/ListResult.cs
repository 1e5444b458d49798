namespace Karmada.Orleans.Storage;

/// <summary>A page of objects, all as of <see cref="Revision"/>; <see cref="Continue"/> is null on the last page.</summary>
public sealed record ListResult(IReadOnlyList<StoredObject> Items, long Revision, string? Continue, long? RemainingItemCount);
