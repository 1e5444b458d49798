using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.JsonPatch;

/// <summary>
/// RFC 6902 JSON patch (<c>application/json-patch+json</c>): add, remove, replace, move, copy, test, applied in
/// order to a copy of the document; the first failing operation aborts the whole patch.
/// </summary>
public static class JsonPatchDocument
{
    /// <summary>
    /// Applies <paramref name="patch"/> (a JSON array of operations) to a copy of <paramref name="document"/>.
    /// Throws <see cref="BadPatchException"/> (400) when the patch is not an array of objects and
    /// <see cref="PatchNotApplicableException"/> (422) when an operation does not apply.
    /// </summary>
    public static JsonNode? Apply(JsonNode? document, JsonNode? patch)
    {
        if (patch is null)
        {
            return JsonKinds.Clone(document);
        }

        if (patch is not JsonArray operations)
        {
            throw new BadPatchException(
                $"json: cannot unmarshal {JsonPatchOperation.GoKind(patch)} into Go value of type jsonpatch.Patch");
        }

        var decoded = operations.Select((node, i) => JsonPatchOperation.Decode(i, node)).ToList();
        var root = new Root(JsonKinds.Clone(document));
        foreach (var operation in decoded)
        {
            Apply(root, operation);
        }

        return root.Value;
    }

    /// <summary>Parses <paramref name="patchJson"/> and applies it; invalid JSON is a 400.</summary>
    public static JsonNode? Apply(JsonNode? document, string patchJson)
    {
        JsonNode? patch;
        try
        {
            patch = JsonNode.Parse(patchJson);
        }
        catch (JsonException e)
        {
            throw new BadPatchException(e.Message);
        }

        return Apply(document, patch);
    }

    private static void Apply(Root root, JsonPatchOperation operation)
    {
        switch (operation.Op)
        {
            case "add":
                Add(root, operation, operation.Pointer("path"), operation.Value());
                break;
            case "remove":
                Remove(root, operation, operation.Pointer("path"));
                break;
            case "replace":
                Replace(root, operation, operation.Pointer("path"), operation.Value());
                break;
            case "move":
                var from = operation.Pointer("from");
                var to = operation.Pointer("path");
                if (to.IsInside(from))
                {
                    throw operation.Fail($"cannot move {from} into one of its own children");
                }

                var moved = JsonKinds.Clone(Get(root, operation, from));
                Remove(root, operation, from);
                Add(root, operation, to, moved);
                break;
            case "copy":
                var copied = JsonKinds.Clone(Get(root, operation, operation.Pointer("from")));
                Add(root, operation, operation.Pointer("path"), copied);
                break;
            case "test":
                var actual = Get(root, operation, operation.Pointer("path"));
                var expected = operation.Value();
                if (!JsonEquality.Equal(actual, expected))
                {
                    throw operation.Fail($"test failed: value is {Show(actual)}, expected {Show(expected)}");
                }

                break;
            default:
                throw operation.Fail(operation.Op.Length == 0
                    ? "missing \"op\""
                    : $"unknown op \"{operation.Op}\" (expected add, remove, replace, move, copy or test)");
        }
    }

    private static JsonNode? Get(Root root, JsonPatchOperation operation, JsonPointer pointer)
    {
        var node = root.Value;
        for (var i = 0; i < pointer.Tokens.Count; i++)
        {
            node = Child(node, pointer.Tokens[i], out var found);
            if (!found)
            {
                throw operation.Fail($"path {pointer} does not exist");
            }
        }

        return node;
    }

    private static void Add(Root root, JsonPatchOperation operation, JsonPointer pointer, JsonNode? value)
    {
        if (pointer.Tokens.Count == 0)
        {
            root.Value = value;
            return;
        }

        var parent = Parent(root, operation, pointer);
        var token = pointer.Tokens[^1];
        switch (parent)
        {
            case JsonObject obj:
                obj[token] = value;
                break;
            case JsonArray array:
                if (token == "-")
                {
                    array.Add(value);
                    break;
                }

                var index = Index(token);
                if (index < 0 || index > array.Count)
                {
                    throw operation.Fail($"index {token} is out of range for {pointer} (array has {array.Count} items)");
                }

                array.Insert(index, value);
                break;
            default:
                throw operation.Fail($"cannot add {pointer}: parent is not an object or array");
        }
    }

    private static void Remove(Root root, JsonPatchOperation operation, JsonPointer pointer)
    {
        if (pointer.Tokens.Count == 0)
        {
            root.Value = null;
            return;
        }

        var parent = Parent(root, operation, pointer);
        var token = pointer.Tokens[^1];
        switch (parent)
        {
            case JsonObject obj when obj.ContainsKey(token):
                obj.Remove(token);
                break;
            case JsonArray array when Index(token) is var index && index >= 0 && index < array.Count:
                array.RemoveAt(index);
                break;
            default:
                throw operation.Fail($"path {pointer} does not exist");
        }
    }

    // In place, so a replaced property keeps its position.
    private static void Replace(Root root, JsonPatchOperation operation, JsonPointer pointer, JsonNode? value)
    {
        if (pointer.Tokens.Count == 0)
        {
            root.Value = value;
            return;
        }

        var parent = Parent(root, operation, pointer);
        var token = pointer.Tokens[^1];
        switch (parent)
        {
            case JsonObject obj:
                // As kube-apiserver's JSON patch does (evanphx/json-patch v4): a missing member is set.
                obj[token] = value;
                break;
            case JsonArray array when Index(token) is var index && index >= 0 && index < array.Count:
                array[index] = value;
                break;
            default:
                throw operation.Fail($"path {pointer} does not exist");
        }
    }

    private static JsonNode? Parent(Root root, JsonPatchOperation operation, JsonPointer pointer)
    {
        var node = root.Value;
        for (var i = 0; i < pointer.Tokens.Count - 1; i++)
        {
            node = Child(node, pointer.Tokens[i], out var found);
            if (!found)
            {
                throw operation.Fail($"path {pointer} does not exist: missing {string.Concat(pointer.Tokens.Take(i + 1).Select(t => "/" + JsonPointer.Escape(t)))}");
            }
        }

        return node;
    }

    private static JsonNode? Child(JsonNode? node, string token, out bool found)
    {
        switch (node)
        {
            case JsonObject obj:
                found = obj.TryGetPropertyValue(token, out var child);
                return child;
            case JsonArray array:
                var index = Index(token);
                found = index >= 0 && index < array.Count;
                return found ? array[index] : null;
            default:
                found = false;
                return null;
        }
    }

    // RFC 6901 array indexes: decimal digits without leading zeros; anything else names no element.
    private static int Index(string token)
    {
        if (token.Length == 0 || (token.Length > 1 && token[0] == '0') || !token.All(char.IsAsciiDigit))
        {
            return -1;
        }

        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";

    // The document root may itself be replaced or removed by an operation on "".
    private sealed class Root(JsonNode? value)
    {
        public JsonNode? Value { get; set; } = value;
    }
}
