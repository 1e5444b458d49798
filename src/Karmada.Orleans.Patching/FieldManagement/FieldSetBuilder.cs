using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;
using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// The fields an applied configuration sets (what its manager will own): every scalar and atomic value, every
/// map key and list item (as items of their own), but not a declared struct field merely because it holds other
/// fields. Also checks the configuration against the schema the way kube's typed conversion does.
/// </summary>
internal static class FieldSetBuilder
{
    public static FieldSet Build(JsonObject value, SchemaNode schema, List<string> errors)
    {
        var set = new FieldSet();
        Walk(set, [], value, schema, errors);
        return set;
    }

    private static void Walk(FieldSet set, List<PathElement> path, JsonNode? value, SchemaNode schema, List<string> errors)
    {
        if (!CheckType(path, value, schema, errors))
        {
            return;
        }

        switch (Typed.Classify(schema, value))
        {
            case Traversal.Leaf:
                if (!(Typed.IsContainer(schema) && JsonEquality.IsNull(value)))
                {
                    set.Insert(path);
                }

                return;
            case Traversal.Object:
                foreach (var child in Typed.Members((JsonObject)value!, schema).OrderBy(c => c.Element))
                {
                    path.Add(child.Element);
                    if (schema.RejectsMember(child.Element.FieldName!))
                    {
                        errors.Add($"{Format(path)}: field not declared in schema");
                    }
                    else
                    {
                        Walk(set, path, child.Value, child.Schema, errors);
                        if (!child.Declared)
                        {
                            set.Insert(path);
                        }
                    }

                    path.RemoveAt(path.Count - 1);
                }

                return;
            case Traversal.List:
                var items = Typed.Items((JsonArray)value!, schema, out var error);
                if (items is null)
                {
                    errors.Add($"{Format(path)}: {error}");
                    return;
                }

                foreach (var item in items)
                {
                    path.Add(item.Element);
                    Walk(set, path, item.Value, item.Schema, errors);
                    set.Insert(path);
                    path.RemoveAt(path.Count - 1);
                }

                return;
        }
    }

    private static bool CheckType(List<PathElement> path, JsonNode? value, SchemaNode schema, List<string> errors)
    {
        if (JsonEquality.IsNull(value))
        {
            return true;
        }

        string? expected = schema.Shape switch
        {
            NodeShape.Struct or NodeShape.Map when value is not JsonObject => "map",
            NodeShape.List when value is not JsonArray => "list",
            NodeShape.Scalar => ScalarMismatch(schema.ScalarType, value!),
            _ => null,
        };
        if (expected is null)
        {
            return true;
        }

        errors.Add($"{Format(path)}: expected {expected}, got &value.valueUnstructured{{Value:{GoValue(value)}}}");
        return false;
    }

    private static string? ScalarMismatch(string? type, JsonNode value)
    {
        var kind = JsonKinds.KindOf(value);
        return type switch
        {
            "string" when kind != JsonValueKind.String => "string",
            "integer" when !JsonKinds.IsInteger(value) => "integer",
            "number" when kind != JsonValueKind.Number => "float",
            "boolean" when kind is not (JsonValueKind.True or JsonValueKind.False) => "bool",
            null when value is JsonObject or JsonArray => "scalar",
            _ => null,
        };
    }

    // Go's %#v of the decoded value, as kube prints it in typed conversion errors.
    private static string GoValue(JsonNode? value) => JsonKinds.KindOf(value) switch
    {
        JsonValueKind.String => JsonText.Quote(value!.GetValue<string>()),
        JsonValueKind.Number => GoFormat.Number(value!),
        JsonValueKind.Object => "map[string]interface {}" + JsonOrder.Canonical(value),
        JsonValueKind.Array => "[]interface {}" + JsonOrder.Canonical(value),
        _ => value!.ToJsonString().ToLower(CultureInfo.InvariantCulture),
    };

    private static string Format(List<PathElement> path) => string.Concat(path.Select(p => p.ToString()));
}
