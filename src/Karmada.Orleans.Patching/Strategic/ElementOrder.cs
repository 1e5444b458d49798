using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.Strategic;

/// <summary>
/// The order of a merged list. Items named by the patch (or by <c>$setElementOrder</c>) follow that order; items only
/// the server has keep their relative server order; the two sequences are interleaved using the server order where
/// both items are known to it, and a patch item the server never had goes before the remaining server items. This is
/// why a container added by a strategic merge patch appears first.
/// </summary>
internal static class ElementOrder
{
    public static List<JsonNode?> Normalize(
        IReadOnlyList<JsonNode?> merged, IReadOnlyList<JsonNode?> patchOrder, IReadOnlyList<JsonNode?> serverOrder, string? mergeKey)
    {
        var fromPatch = merged.Where(item => IndexOf(patchOrder, item, mergeKey) >= 0)
            .OrderBy(item => IndexOf(patchOrder, item, mergeKey))
            .ToList();
        var serverOnly = merged.Where(item => IndexOf(patchOrder, item, mergeKey) < 0)
            .OrderBy(item => Rank(IndexOf(serverOrder, item, mergeKey)))
            .ToList();

        var result = new List<JsonNode?>(merged.Count);
        int i = 0, j = 0;
        while (i < serverOnly.Count || j < fromPatch.Count)
        {
            if (j >= fromPatch.Count)
            {
                result.Add(serverOnly[i++]);
            }
            else if (i >= serverOnly.Count)
            {
                result.Add(fromPatch[j++]);
            }
            else
            {
                var left = IndexOf(serverOrder, serverOnly[i], mergeKey);
                var right = IndexOf(serverOrder, fromPatch[j], mergeKey);
                result.Add(left >= 0 && right >= 0 && left < right ? serverOnly[i++] : fromPatch[j++]);
            }
        }

        return result;
    }

    /// <summary>
    /// The items of <paramref name="patchList"/> (other than directive elements) must appear in <paramref name="order"/>
    /// in the same relative order.
    /// </summary>
    public static void Validate(JsonArray patchList, JsonArray order, string? mergeKey)
    {
        if (patchList.Count == 0 || order.Count == 0)
        {
            return;
        }

        var items = patchList.Where(item => !(item is JsonObject obj && obj.ContainsKey(Directives.Patch))).ToList();
        var position = 0;
        foreach (var expected in order)
        {
            if (position < items.Count && SameItem(items[position], expected, mergeKey))
            {
                position++;
            }
        }

        if (position < items.Count)
        {
            throw StrategicPatchErrors.OrderMismatch(patchList, order);
        }
    }

    public static int IndexOf(IReadOnlyList<JsonNode?> list, JsonNode? item, string? mergeKey)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (SameItem(list[i], item, mergeKey))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Items of a keyed list are the same when their merge keys are equal; scalars when their values are.</summary>
    public static bool SameItem(JsonNode? left, JsonNode? right, string? mergeKey)
        => mergeKey is null
            ? JsonEquality.Equal(left, right)
            : left is JsonObject l && right is JsonObject r && l.ContainsKey(mergeKey) && JsonEquality.Equal(l[mergeKey], r[mergeKey]);

    private static int Rank(int index) => index < 0 ? int.MaxValue : index;
}
