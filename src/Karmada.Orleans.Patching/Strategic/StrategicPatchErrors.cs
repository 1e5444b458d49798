using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.Strategic;

/// <summary>kube-apiserver's own wording (and status codes) for a strategic merge patch it cannot apply.</summary>
internal static class StrategicPatchErrors
{
    public static PatchFailedException NoMergeKey(JsonNode? item, string mergeKey)
        => new($"map: {GoFormat.Value(item)} does not contain declared merge key: {mergeKey}");

    public static PatchFailedException BadPatchType(JsonNode? directive, JsonNode? map)
        => new($"unknown patch type: {GoFormat.Value(directive)} in map: {GoFormat.Value(map)}");

    public static PatchFailedException MergeDirectiveInList() => new("merging lists cannot yet be specified in the patch");

    public static PatchFailedException NoMergeKeyDeclared(string field) => new($"cannot merge lists without merge key for {field}");

    public static PatchFailedException OrderMismatch(JsonArray patchList, JsonArray order)
        => new($"The order in patch list:\n{GoFormat.Value(patchList)}\n doesn't match $setElementOrder list:\n{GoFormat.Value(order)}\n");

    public static BadPatchException RetainKeysFormat() => new("invalid patch format of retainKeys");

    public static BadPatchException PrimitiveListFormat() => new("invalid patch format of primitive list");

    public static BadPatchException SetElementOrderFormat() => new("invalid patch format of setElementOrder list");

    public static PatchNotApplicableException ListOfLists() => new("lists of lists are not supported");
}
