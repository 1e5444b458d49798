namespace Karmada.Orleans.Grains.Propagation;

/// <summary>Labels and annotations tying templates, bindings, Works and member objects together.</summary>
public static class WorkLabels
{
    /// <summary>On a Work: the storage key of the binding that renders it (for status aggregation).</summary>
    public const string BindingKey = "resourcebinding.karmada.io/key";

    public const string BindingName = "resourcebinding.karmada.io/name";
    public const string BindingNamespace = "resourcebinding.karmada.io/namespace";
    public const string ClusterBindingName = "clusterresourcebinding.karmada.io/name";

    /// <summary>On a member object: which Work applied it.</summary>
    public const string WorkNamespace = "work.karmada.io/namespace";
    public const string WorkName = "work.karmada.io/name";

    /// <summary>On every object Karmada applies to a member.</summary>
    public const string Managed = "karmada.io/managed";

    public const string ConflictResolution = "work.karmada.io/conflict-resolution";
}
