namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>Fields nobody owns: identity and server-maintained metadata (kube's strip set).</summary>
internal static class StrippedFields
{
    public static FieldSet Set { get; } = Build();

    public static FieldSet From(FieldSet fields) => fields.Difference(Set);

    private static FieldSet Build()
    {
        var set = new FieldSet();
        set.Insert([PathElement.Field("apiVersion")]);
        set.Insert([PathElement.Field("kind")]);
        set.Insert([PathElement.Field("metadata")]);
        foreach (var field in new[] { "name", "namespace", "creationTimestamp", "selfLink", "uid", "clusterName", "generation", "managedFields", "resourceVersion" })
        {
            set.Insert([PathElement.Field("metadata"), PathElement.Field(field)]);
        }

        return set;
    }
}
