using System.Text.Json.Nodes;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// The <c>FieldsV1</c> encoding of a <see cref="FieldSet"/>: one JSON key per element (<c>f:</c>, <c>k:</c>,
/// <c>v:</c>, <c>i:</c>), <c>{}</c> for a member with nothing below it, and <c>".": {}</c> inside an element that is
/// both a member and has paths below it.
/// </summary>
public static class FieldsV1
{
    public static JsonObject Encode(FieldSet set) => Encode(set, selfMember: false);

    public static FieldSet Decode(JsonObject fields)
    {
        var set = new FieldSet();
        DecodeInto(set, fields);
        return set;
    }

    private static JsonObject Encode(FieldSet set, bool selfMember)
    {
        var result = new JsonObject();
        if (selfMember)
        {
            result["."] = new JsonObject();
        }

        var children = set.Children.ToDictionary(c => c.Key, c => c.Value);
        foreach (var element in set.Members.Concat(children.Keys).Distinct().Order())
        {
            result[element.FieldsV1Key] = children.TryGetValue(element, out var child)
                ? Encode(child, set.HasMember(element))
                : new JsonObject();
        }

        return result;
    }

    private static void DecodeInto(FieldSet level, JsonObject fields)
    {
        foreach (var (key, value) in fields)
        {
            if (key == ".")
            {
                continue;
            }

            var element = PathElement.Parse(key);
            var below = value as JsonObject ?? [];
            if (below.Count == 0 || below.ContainsKey("."))
            {
                level.AddMember(element);
            }

            if (below.Any(p => p.Key != "."))
            {
                DecodeInto(level.ChildOrAdd(element), below);
                level.RemoveEmptyChild(element);
            }
        }
    }
}
