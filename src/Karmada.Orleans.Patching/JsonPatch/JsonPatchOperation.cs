using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.JsonPatch;

/// <summary>One decoded operation of a JSON patch document, with its position for error messages.</summary>
internal sealed record JsonPatchOperation(int Index, string Op, JsonObject Raw)
{
    public static JsonPatchOperation Decode(int index, JsonNode? node)
    {
        if (node is null)
        {
            return new JsonPatchOperation(index, "", new JsonObject());
        }

        if (node is not JsonObject obj)
        {
            throw new BadPatchException(
                $"json: cannot unmarshal {GoKind(node)} into Go value of type map[string]*json.RawMessage");
        }

        JsonKinds.TryGetString(obj["op"], out var op);
        return new JsonPatchOperation(index, op, obj);
    }

    /// <summary>"operation 2 (replace /spec/replicas)": how every error names the failing operation.</summary>
    public string Describe()
    {
        JsonKinds.TryGetString(Raw["path"], out var path);
        return $"json patch operation {Index} ({(Op.Length == 0 ? "<missing op>" : Op)} {path})";
    }

    public JsonPointer Pointer(string member)
    {
        if (!Raw.TryGetPropertyValue(member, out var node) || !JsonKinds.TryGetString(node, out var text))
        {
            throw Fail($"missing \"{member}\"");
        }

        try
        {
            return JsonPointer.Parse(text);
        }
        catch (FormatException e)
        {
            throw Fail(e.Message);
        }
    }

    public JsonNode? Value()
    {
        if (!Raw.TryGetPropertyValue("value", out var value))
        {
            throw Fail("missing \"value\"");
        }

        return JsonKinds.Clone(value);
    }

    public PatchNotApplicableException Fail(string reason) => new($"{Describe()}: {reason}");

    internal static string GoKind(JsonNode? node) => JsonKinds.KindOf(node) switch
    {
        System.Text.Json.JsonValueKind.Object => "object",
        System.Text.Json.JsonValueKind.Array => "array",
        System.Text.Json.JsonValueKind.String => "string",
        System.Text.Json.JsonValueKind.Number => "number",
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "bool",
        _ => "null",
    };
}
