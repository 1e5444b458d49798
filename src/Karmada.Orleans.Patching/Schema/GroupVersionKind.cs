namespace Karmada.Orleans.Patching.Schema;

/// <summary>An API kind: group ("" for the core group), version and kind.</summary>
public readonly record struct GroupVersionKind(string Group, string Version, string Kind)
{
    /// <summary>From an object's <c>apiVersion</c> ("apps/v1" or "v1") and <c>kind</c>.</summary>
    public static GroupVersionKind From(string apiVersion, string kind)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? new GroupVersionKind("", apiVersion, kind)
            : new GroupVersionKind(apiVersion[..slash], apiVersion[(slash + 1)..], kind);
    }

    /// <summary>"apps/v1" or "v1".</summary>
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    public override string ToString() => $"{ApiVersion}, Kind={Kind}";
}
