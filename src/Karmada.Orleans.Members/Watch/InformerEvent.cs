using System.Text.Json.Nodes;

namespace Karmada.Orleans.Members.Watch;

/// <summary>A change seen by a <see cref="ResourceInformer"/>; <see cref="OldObject"/> is the cached state before it.</summary>
public sealed record InformerEvent(InformerEventType Type, JsonObject? Object, JsonObject? OldObject = null)
{
    public static readonly InformerEvent Synced = new(InformerEventType.Synced, null);
}
