using System.Text.Json.Nodes;

namespace Karmada.Orleans.Storage;

/// <summary>
/// One version of a stored object: its UTF-8 JSON (metadata.resourceVersion already set to
/// <see cref="Revision"/>) as written, so reads can stream it without re-serializing.
/// </summary>
public sealed class StoredObject(ResourceKey key, long revision, ReadOnlyMemory<byte> json)
{
    public ResourceKey Key { get; } = key;

    public long Revision { get; } = revision;

    public ReadOnlyMemory<byte> Json { get; } = json;

    private IReadOnlyDictionary<string, string>? _labels;

    /// <summary>metadata.labels, read from the bytes on first use (a version never changes, so once is enough).</summary>
    public IReadOnlyDictionary<string, string> Labels => _labels ??= Selectors.ObjectSelection.ReadLabels(Json.Span);

    /// <summary>A fresh mutable copy of the object.</summary>
    public JsonObject ToJsonObject() => JsonNode.Parse(Json.Span)!.AsObject();
}
