namespace Karmada.Orleans.Policies;

/// <summary>
/// RFC 6902 add, remove and replace on a <see cref="JsonNode"/> document, with the semantics of the
/// JSON patch library Karmada applies overrides with: add needs the parent to exist (it creates no
/// intermediate objects), remove and replace need the target to exist, "-" appends to an array and
/// a negative index counts from the end.
/// </summary>
public static class JsonPatcher
{
    /// <summary>
    /// Applies <paramref name="operations"/> in order. The document is changed in place; only an
    /// operation on the root ("") replaces it, so callers use the returned node.
    /// </summary>
    public static JsonNode? Apply(JsonNode? document, IEnumerable<PatchOperation> operations)
    {
        foreach (var operation in operations)
        {
            document = Apply(document, operation);
        }

        return document;
    }

    /// <summary>Applies one operation; see <see cref="Apply(JsonNode?, IEnumerable{PatchOperation})"/>.</summary>
    public static JsonNode? Apply(JsonNode? document, PatchOperation operation)
    {
        var tokens = JsonPointer.TryParse(operation.Path, out var error) ?? throw new JsonPatchException(operation.Path, error!);
        return operation.Op switch
        {
            OverriderOperator.Add => Add(document, tokens, operation),
            OverriderOperator.Remove => Remove(document, tokens, operation),
            OverriderOperator.Replace => Replace(document, tokens, operation),
            _ => throw new JsonPatchException(operation.Path, $"unsupported operation \"{operation.Op}\""),
        };
    }

    private static JsonNode? Add(JsonNode? document, IReadOnlyList<string> tokens, PatchOperation operation)
    {
        var value = operation.Value?.DeepClone();
        if (tokens.Count == 0)
        {
            return value;
        }

        var key = tokens[^1];
        switch (Parent(document, tokens, operation))
        {
            case JsonObject obj:
                obj[key] = value;
                break;
            case JsonArray array when key == "-":
                array.Add(value);
                break;
            case JsonArray array:
                array.Insert(Index(array, key, operation, allowEnd: true), value);
                break;
        }

        return document;
    }

    private static JsonNode? Remove(JsonNode? document, IReadOnlyList<string> tokens, PatchOperation operation)
    {
        if (tokens.Count == 0)
        {
            throw new JsonPatchException(operation.Path, "remove operation does not apply: cannot remove the whole document");
        }

        var key = tokens[^1];
        switch (Parent(document, tokens, operation))
        {
            case JsonObject obj when obj.ContainsKey(key):
                obj.Remove(key);
                break;
            case JsonObject:
                throw Missing(operation);
            case JsonArray array:
                array.RemoveAt(Index(array, key, operation, allowEnd: false));
                break;
        }

        return document;
    }

    private static JsonNode? Replace(JsonNode? document, IReadOnlyList<string> tokens, PatchOperation operation)
    {
        var value = operation.Value?.DeepClone();
        if (tokens.Count == 0)
        {
            return value;
        }

        var key = tokens[^1];
        switch (Parent(document, tokens, operation))
        {
            case JsonObject obj when obj.ContainsKey(key):
                obj[key] = value;
                break;
            case JsonObject:
                throw Missing(operation);
            case JsonArray array:
                array[Index(array, key, operation, allowEnd: false)] = value;
                break;
        }

        return document;
    }

    private static JsonNode Parent(JsonNode? document, IReadOnlyList<string> tokens, PatchOperation operation)
        => JsonPointer.TryGet(document, tokens, tokens.Count - 1, out var parent) && parent is JsonObject or JsonArray
            ? parent!
            : throw Missing(operation);

    // A negative index counts from the end; for add, the end itself (Count) is a valid position.
    private static int Index(JsonArray array, string token, PatchOperation operation, bool allowEnd)
    {
        if (!JsonPointer.TryParseIndex(token, out var index))
        {
            throw new JsonPatchException(operation.Path, $"{operation.Op} operation does not apply: \"{token}\" is not an array index");
        }

        var resolved = index < 0 ? index + array.Count : index;
        var limit = allowEnd ? array.Count : array.Count - 1;
        if (resolved < 0 || resolved > limit)
        {
            throw new JsonPatchException(operation.Path, $"{operation.Op} operation does not apply: index {index} is out of range for an array of {array.Count}");
        }

        return resolved;
    }

    private static JsonPatchException Missing(PatchOperation operation)
        => new(operation.Path, $"{operation.Op} operation does not apply: doc is missing path \"{operation.Path}\"");
}
