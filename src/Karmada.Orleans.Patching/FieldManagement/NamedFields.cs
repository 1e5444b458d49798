using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// Adds, as members, the declared struct fields along every path of a set. A set of leaves then also says "this
/// manager has something in spec", which is what decides whether pruning may remove a whole struct.
/// </summary>
internal static class NamedFields
{
    public static FieldSet Ensure(FieldSet fields, SchemaNode schema)
    {
        var result = fields.Clone();
        Walk(result, schema);
        return result;
    }

    private static void Walk(FieldSet level, SchemaNode schema)
    {
        foreach (var (element, below) in level.Children.ToList())
        {
            SchemaNode child;
            if (element.Kind == PathElementKind.Field)
            {
                var (node, declared) = schema.Member(element.FieldName!);
                child = node;
                if (declared)
                {
                    level.AddMember(element);
                }
            }
            else
            {
                child = schema.Items;
            }

            Walk(below, child);
        }
    }
}
