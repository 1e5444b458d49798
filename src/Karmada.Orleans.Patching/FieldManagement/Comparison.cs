using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;
using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// What changed between two versions of an object, as field sets: leaves added, modified or removed, and list
/// items or map entries that appeared or disappeared as a whole. A manager owns what it added or modified.
/// </summary>
internal sealed class Comparison
{
    private Comparison()
    {
    }

    public FieldSet Added { get; } = new();

    public FieldSet Modified { get; } = new();

    public FieldSet Removed { get; } = new();

    private FieldSet? _changed;

    /// <summary>Added ∪ Modified: what a writer takes ownership of (built once; read-only, like the sets it joins).</summary>
    public FieldSet Changed => _changed ??= Modified.IsEmpty ? Added : Added.Union(Modified);

    /// <summary>Compares <paramref name="before"/> (null: the object did not exist) with <paramref name="after"/>.</summary>
    public static Comparison Of(JsonObject? before, JsonObject after, SchemaNode schema)
    {
        var comparison = new Comparison();
        comparison.Visit([], new Slot(true, before ?? []), new Slot(true, after), schema, onZeroValue: true);
        return comparison;
    }

    private void Visit(List<PathElement> path, Slot before, Slot after, SchemaNode schema, bool onZeroValue)
    {
        var traversal = ContainerTraversal(schema, before, after);
        var traversed = traversal switch
        {
            Traversal.Object => VisitMembers(path, before, after, schema, onZeroValue),
            Traversal.List => VisitItems(path, before, after, schema),
            _ => false,
        };
        if (!traversed)
        {
            Leaf(path, before, after);
            return;
        }

        if (path.Count > 0)
        {
            if (!before.Exists)
            {
                Added.Insert(path);
            }
            else if (!after.Exists)
            {
                Removed.Insert(path);
            }
        }
    }

    // Walk into a location only when it is a container on both sides (null counting as an empty typed container)
    // and not empty on both: two empty or null containers compare as one value, which keeps {} distinct from null.
    private static Traversal ContainerTraversal(SchemaNode schema, Slot before, Slot after)
    {
        var untyped = schema.Shape == NodeShape.Untyped;
        if (!untyped && !Typed.IsContainer(schema))
        {
            return Traversal.Leaf;
        }

        var traversal = Traversal.Leaf;
        foreach (var slot in new[] { before, after })
        {
            if (!slot.Exists || (!untyped && JsonEquality.IsNull(slot.Value)))
            {
                continue;
            }

            var kind = Typed.Classify(schema, slot.Value);
            if (kind == Traversal.Leaf || (traversal != Traversal.Leaf && traversal != kind))
            {
                return Traversal.Leaf;
            }

            traversal = kind;
        }

        if (Typed.IsEmptyContainer(before.Value) && Typed.IsEmptyContainer(after.Value))
        {
            return Traversal.Leaf;
        }

        return traversal;
    }

    private bool VisitMembers(List<PathElement> path, Slot before, Slot after, SchemaNode schema, bool onZeroValue)
    {
        var beforeObject = before.Value as JsonObject;
        var afterObject = after.Value as JsonObject;
        var keys = (beforeObject?.Select(p => p.Key) ?? []).Union(afterObject?.Select(p => p.Key) ?? [], StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var (child, declared) = schema.Member(key);
            var zero = onZeroValue && declared && ZeroValues.AlwaysPresent(schema, key, child);
            path.Add(PathElement.Field(key));
            Visit(path, Slot.Of(beforeObject, key, zero, child), Slot.Of(afterObject, key, zero, child), child, zero);
            path.RemoveAt(path.Count - 1);
        }

        return true;
    }

    private bool VisitItems(List<PathElement> path, Slot before, Slot after, SchemaNode schema)
    {
        var beforeItems = before.Value is JsonArray b ? Typed.Items(b, schema, out _) : [];
        var afterItems = after.Value is JsonArray a ? Typed.Items(a, schema, out _) : [];
        if (beforeItems is null || afterItems is null)
        {
            return false;
        }

        var afterByElement = afterItems.ToDictionary(i => i.Element);
        var beforeElements = beforeItems.Select(i => i.Element).ToHashSet();
        foreach (var item in beforeItems)
        {
            path.Add(item.Element);
            var next = afterByElement.TryGetValue(item.Element, out var match) ? new Slot(true, match.Value) : Slot.Missing;
            Visit(path, new Slot(true, item.Value), next, item.Schema, onZeroValue: false);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var item in afterItems.Where(i => !beforeElements.Contains(i.Element)))
        {
            path.Add(item.Element);
            Visit(path, Slot.Missing, new Slot(true, item.Value), item.Schema, onZeroValue: false);
            path.RemoveAt(path.Count - 1);
        }

        return true;
    }

    private void Leaf(List<PathElement> path, Slot before, Slot after)
    {
        if (!before.Exists)
        {
            Added.Insert(path);
        }
        else if (!after.Exists)
        {
            Removed.Insert(path);
        }
        else if (!JsonEquality.Equal(before.Value, after.Value) || JsonEquality.IsNull(before.Value) != JsonEquality.IsNull(after.Value))
        {
            Modified.Insert(path);
        }
    }

    private readonly record struct Slot(bool Exists, JsonNode? Value)
    {
        public static Slot Missing => new(false, null);

        // A field missing from an object but present in the Go zero value reads as that zero value.
        public static Slot Of(JsonObject? parent, string key, bool zero, SchemaNode schema)
        {
            if (parent is not null && parent.TryGetPropertyValue(key, out var value))
            {
                return new Slot(true, value);
            }

            if (zero)
            {
                return new Slot(true, schema.Shape == NodeShape.Struct ? new JsonObject() : null);
            }

            return Missing;
        }
    }
}
