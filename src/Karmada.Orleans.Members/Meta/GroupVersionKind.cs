namespace Karmada.Orleans.Members.Meta;

/// <summary>Identifies a kind of object: <c>apps/v1, Kind=Deployment</c>.</summary>
public sealed record GroupVersionKind(string Group, string Version, string Kind)
{
    public GroupVersion GroupVersion => new(Group, Version);

    /// <summary>The <c>apiVersion</c> an object of this kind carries.</summary>
    public string ApiVersion => GroupVersion.ToString();

    public override string ToString() => $"{ApiVersion}, Kind={Kind}";

    /// <summary>Builds a GVK from an object's <c>apiVersion</c> and <c>kind</c> fields.</summary>
    public static GroupVersionKind FromApiVersionAndKind(string apiVersion, string kind)
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            throw new FormatException($"kind is empty (apiVersion \"{apiVersion}\")");
        }

        return GroupVersion.Parse(apiVersion).WithKind(kind);
    }
}
