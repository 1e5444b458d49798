using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Tables;

namespace Karmada.Orleans.ApiServer.Resources;

/// <summary>The /scale subresource of a kind: where its replica count and selector live.</summary>
public sealed record ScaleSubresource(string SpecReplicasPath, string StatusReplicasPath, string? LabelSelectorPath);

/// <summary>
/// One served resource (group, version, plural) and everything the API needs to serve it: kind,
/// scope, names for discovery, subresources, table printer, schema.
/// </summary>
public sealed record ResourceDefinition
{
    public required string Group { get; init; }

    public required string Version { get; init; }

    public required string Kind { get; init; }

    public required string Plural { get; init; }

    public string Singular => Kind.ToLowerInvariant();

    public required bool Namespaced { get; init; }

    public IReadOnlyList<string> ShortNames { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Verbs { get; init; } = AllVerbs;

    public bool HasStatus { get; init; }

    public ScaleSubresource? Scale { get; init; }

    public ITablePrinter? Printer { get; init; }

    /// <summary>The openAPIV3Schema of a custom resource (validation, defaulting, pruning); null for built-in kinds.</summary>
    public JsonObject? Schema { get; init; }

    /// <summary>Defined by a CustomResourceDefinition object (removed when it goes).</summary>
    public bool IsCustom { get; init; }

    /// <summary>Not stored itself: served from another resource's objects (e.g. events.k8s.io/v1 from core events).</summary>
    public string? StorageResourceOverride { get; init; }

    public static readonly IReadOnlyList<string> AllVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

    public string GroupVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>The group-qualified resource, e.g. "deployments.apps" (the store key and kube's error wording).</summary>
    public string QualifiedResource => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    public string StorageResource => StorageResourceOverride ?? QualifiedResource;

    public string ListKind => $"{Kind}List";

    /// <summary>The kind qualified by group, as kube names it in Invalid errors: "Deployment.apps".</summary>
    public string QualifiedKind => Group.Length == 0 ? Kind : $"{Kind}.{Group}";
}
