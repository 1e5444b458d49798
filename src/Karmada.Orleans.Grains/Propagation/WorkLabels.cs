namespace Karmada.Orleans.Grains.Propagation;

/// <summary>Labels and annotations tying templates, bindings, Works and member objects together.</summary>
public static class WorkLabels
{
    /// <summary>On a Work (label): the uid of the ResourceBinding that renders it.</summary>
    public const string BindingPermanentId = "resourcebinding.karmada.io/permanent-id";

    /// <summary>On a Work (label): the uid of the ClusterResourceBinding that renders it.</summary>
    public const string ClusterBindingPermanentId = "clusterresourcebinding.karmada.io/permanent-id";

    /// <summary>On a Work (annotations): which binding renders it.</summary>
    public const string BindingName = "resourcebinding.karmada.io/name";
    public const string BindingNamespace = "resourcebinding.karmada.io/namespace";
    public const string ClusterBindingName = "clusterresourcebinding.karmada.io/name";

    /// <summary>The storage key of the binding behind a stored Work (from its annotations), read without building a mutable tree.</summary>
    public static string? BindingKeyOf(Karmada.Orleans.Storage.StoredObject work)
    {
        using var document = System.Text.Json.JsonDocument.Parse(work.Json);
        string? Annotation(string name) => Store.StoredJsonPath.String(document.RootElement, "metadata", "annotations", name);

        if (Annotation(ClusterBindingName) is { } cluster)
        {
            return $"{ControllerDispatcher.ClusterResourceBindings}//{cluster}";
        }

        return Annotation(BindingName) is { } name && Annotation(BindingNamespace) is { } ns ? $"{ControllerDispatcher.ResourceBindings}/{ns}/{name}" : null;
    }

    /// <summary>On a member object: which Work applied it.</summary>
    public const string WorkNamespace = "work.karmada.io/namespace";
    public const string WorkName = "work.karmada.io/name";

    /// <summary>On every object Karmada applies to a member.</summary>
    public const string Managed = "karmada.io/managed";

    public const string ConflictResolution = "work.karmada.io/conflict-resolution";
}
