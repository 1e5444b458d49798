using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// Removes a set of fields from an object in place: a member goes with everything below it. A typed map or list
/// emptied by the removal is dropped, as Go's omitempty would drop it; structs stay (as <c>{}</c>).
/// </summary>
internal static class FieldRemover
{
    public static void Remove(JsonObject target, FieldSet fields, SchemaNode schema) => RemoveFrom(target, fields, schema);

    private static void RemoveFrom(JsonNode? value, FieldSet fields, SchemaNode schema)
    {
        switch (value)
        {
            case JsonObject obj:
                foreach (var member in fields.Members.Where(m => m.Kind == PathElementKind.Field))
                {
                    obj.Remove(member.FieldName!);
                }

                foreach (var (element, below) in fields.Children)
                {
                    if (element.Kind != PathElementKind.Field || !obj.TryGetPropertyValue(element.FieldName!, out var child))
                    {
                        continue;
                    }

                    var childSchema = schema.Member(element.FieldName!).Node;
                    RemoveFrom(child, below, childSchema);
                    if (child is JsonObject { Count: 0 } or JsonArray { Count: 0 } && childSchema.Shape is NodeShape.Map or NodeShape.List)
                    {
                        obj.Remove(element.FieldName!);
                    }
                }

                break;
            case JsonArray list:
                var items = Typed.Items(list, schema, out _);
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    var element = items?[i].Element ?? PathElement.At(i);
                    if (fields.HasMember(element) || fields.HasMember(PathElement.At(i)))
                    {
                        list.RemoveAt(i);
                    }
                    else if ((fields.Child(element) ?? fields.Child(PathElement.At(i))) is { } below)
                    {
                        RemoveFrom(list[i], below, schema.Items);
                    }
                }

                break;
        }
    }
}
