namespace Karmada.Orleans.Patching.Schema;

/// <summary>
/// How server-side apply treats a list, from <c>x-kubernetes-list-type</c> or else from the patch strategy
/// (merge with a merge key is a map keyed by it, merge without one a set, anything else atomic).
/// </summary>
public enum ListType
{
    /// <summary>Replaced as a whole; one owner.</summary>
    Atomic,

    /// <summary>Scalar items identified by value (<c>v:"x"</c>).</summary>
    Set,

    /// <summary>Object items identified by their key fields (<c>k:{"name":"x"}</c>).</summary>
    Map,
}
