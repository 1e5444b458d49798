namespace Karmada.Orleans.Patching.Strategic;

/// <summary>The <c>$</c>-prefixed keys of a strategic merge patch.</summary>
internal static class Directives
{
    /// <summary><c>$patch: replace|delete</c> in a map; <c>{"$patch": …}</c> elements in a merged list.</summary>
    public const string Patch = "$patch";
    public const string Replace = "replace";
    public const string Delete = "delete";
    public const string Merge = "merge";

    /// <summary>Keys of the map to keep; the others are cleared before merging.</summary>
    public const string RetainKeys = "$retainKeys";

    /// <summary><c>$deleteFromPrimitiveList/&lt;field&gt;: [values]</c> removes values from a merged scalar list.</summary>
    public const string DeleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList/";

    /// <summary><c>$setElementOrder/&lt;field&gt;: [items]</c> gives the final order of a merged list.</summary>
    public const string SetElementOrderPrefix = "$setElementOrder/";
}
