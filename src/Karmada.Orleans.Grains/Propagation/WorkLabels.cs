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

    /// <summary>The storage key of the binding behind a Work, from its annotations.</summary>
    public static string? BindingKeyOf(System.Text.Json.Nodes.JsonObject work)
    {
        var annotations = work["metadata"]?["annotations"] as System.Text.Json.Nodes.JsonObject;
        if (annotations?[ClusterBindingName]?.GetValue<string>() is { } cluster)
        {
            return $"{ControllerDispatcher.ClusterResourceBindings}//{cluster}";
        }

        return annotations?[BindingName]?.GetValue<string>() is { } name && annotations[BindingNamespace]?.GetValue<string>() is { } ns
            ? $"{ControllerDispatcher.ResourceBindings}/{ns}/{name}"
            : null;
    }

    /// <summary>On a member object: which Work applied it.</summary>
    public const string WorkNamespace = "work.karmada.io/namespace";
    public const string WorkName = "work.karmada.io/name";

    /// <summary>On every object Karmada applies to a member.</summary>
    public const string Managed = "karmada.io/managed";

    public const string ConflictResolution = "work.karmada.io/conflict-resolution";
}
