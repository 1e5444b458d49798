using System.Text.Json.Nodes;

namespace Karmada.Orleans.Members.Dynamic;

/// <summary>One page of a list (or all pages joined): the items and the resourceVersion to watch from.</summary>
public sealed record ResourceList(
    string? ApiVersion,
    string? Kind,
    string ResourceVersion,
    string? Continue,
    long? RemainingItemCount,
    IReadOnlyList<JsonObject> Items);
