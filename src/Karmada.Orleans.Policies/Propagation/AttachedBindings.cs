namespace Karmada.Orleans.Policies;

/// <summary>
/// propagateDeps, as Karmada's dependencies distributor does it. The binding of a workload whose
/// policy sets propagateDeps (the independent binding) records its dependencies in the
/// resourcebinding.karmada.io/dependencies annotation; each dependency that exists gets an attached
/// ResourceBinding (named like any binding of it) with no placement of its own, whose
/// spec.requiredBy lists every independent binding needing it with that binding's clusters, and
/// which carries one resourcebinding.karmada.io/depended-by-&lt;hash&gt; label per independent binding.
/// Its Works go to the union of its own clusters and those of every requiredBy entry. Only
/// namespaced bindings propagate dependencies.
/// </summary>
public static class AttachedBindings
{
    public const string DependedByLabelPrefix = "resourcebinding.karmada.io/depended-by-";

    /// <summary>The finalizer of bindings handled by the binding controller.</summary>
    public const string BindingControllerFinalizer = "karmada.io/binding-controller";

    /// <summary>The depended-by label an attached binding carries for independent binding namespace/name.</summary>
    public static KeyValuePair<string, string> DependedByLabel(string bindingNamespace, string bindingName)
        => new(DependedByLabelPrefix + WorkNames.GenerateBindingReferenceKey(bindingNamespace, bindingName), bindingNamespace + "_" + bindingName);

    /// <summary>The value of the dependencies annotation (JSON).</summary>
    public static string DependenciesAnnotation(IReadOnlyList<DependentObjectReference> dependencies) => KarmadaJson.Serialize(dependencies);

    /// <summary>The dependencies an independent binding recorded, or none.</summary>
    public static IReadOnlyList<DependentObjectReference> ParseDependencies(ResourceBinding binding)
        => binding.Metadata.Annotations?.GetValueOrDefault(KarmadaAnnotations.Dependencies) is { Length: > 0 } json
            ? KarmadaJson.Deserialize<List<DependentObjectReference>>(json)
            : [];

    /// <summary>Whether an independent binding depends on the given object.</summary>
    public static bool DependsOn(ResourceBinding binding, string apiVersion, string kind, string? @namespace, string name)
        => ParseDependencies(binding).Any(d => d.ApiVersion == apiVersion && d.Kind == kind && (d.Namespace ?? "") == (@namespace ?? "") && d.Name == name);

    /// <summary>
    /// The attached binding of <paramref name="dependent"/> (an existing ConfigMap, Secret,
    /// ServiceAccount or PVC template) for <paramref name="independent"/>: owned by the dependent
    /// object, required by the independent binding with its current clusters.
    /// </summary>
    public static ResourceBinding Build(ResourceBinding independent, JsonObject dependent)
    {
        var ns = independent.Metadata.Namespace ?? "";
        var name = independent.Metadata.Name ?? "";
        var kind = JsonRead.Kind(dependent);
        var dependentName = JsonRead.Name(dependent);
        var label = DependedByLabel(ns, name);
        return new ResourceBinding
        {
            Metadata = new ObjectMeta
            {
                Name = KarmadaNames.GenerateBindingName(kind, dependentName),
                Namespace = ns,
                Labels = new Dictionary<string, string> { [label.Key] = label.Value },
                Finalizers = [BindingControllerFinalizer],
                OwnerReferences =
                [
                    new OwnerReference
                    {
                        ApiVersion = JsonRead.ApiVersion(dependent),
                        Kind = kind,
                        Name = dependentName,
                        Uid = JsonRead.String(dependent, "metadata", "uid") ?? "",
                        Controller = true,
                        BlockOwnerDeletion = true,
                    },
                ],
            },
            Spec = new ResourceBindingSpec
            {
                Resource = new ObjectReference
                {
                    ApiVersion = JsonRead.ApiVersion(dependent),
                    Kind = kind,
                    Namespace = JsonRead.Namespace(dependent),
                    Name = dependentName,
                    ResourceVersion = JsonRead.String(dependent, "metadata", "resourceVersion"),
                },
                RequiredBy = [new BindingSnapshot { Namespace = ns, Name = name, Clusters = independent.Spec.Clusters }],
            },
        };
    }

    /// <summary>
    /// An existing attached binding updated with a freshly built one: requiredBy entries merged (the
    /// built entry's clusters replace those of the same binding), labels merged, resource replaced.
    /// </summary>
    public static ResourceBinding Merge(ResourceBinding existing, ResourceBinding built)
    {
        var labels = new Dictionary<string, string>(existing.Metadata.Labels ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in built.Metadata.Labels ?? new Dictionary<string, string>())
        {
            labels[key] = value;
        }

        return existing with
        {
            Metadata = existing.Metadata with { Labels = labels },
            Spec = existing.Spec with
            {
                Resource = built.Spec.Resource,
                RequiredBy = MergeRequiredBy(existing.Spec.RequiredBy, built.Spec.RequiredBy),
            },
        };
    }

    /// <summary>
    /// An attached binding no longer required by independent binding namespace/name (it was deleted,
    /// turned propagateDeps off, or stopped depending on the object): its entry and label removed.
    /// </summary>
    public static ResourceBinding Detach(ResourceBinding attached, string bindingNamespace, string bindingName)
    {
        var label = DependedByLabel(bindingNamespace, bindingName).Key;
        var labels = attached.Metadata.Labels?.Where(l => l.Key != label).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        return attached with
        {
            Metadata = attached.Metadata with { Labels = labels },
            Spec = attached.Spec with
            {
                RequiredBy = [.. (attached.Spec.RequiredBy ?? []).Where(s => !((s.Namespace ?? "") == bindingNamespace && s.Name == bindingName))],
            },
        };
    }

    /// <summary>Whether an attached binding refers to an object that is no longer among <paramref name="dependencies"/>.</summary>
    public static bool IsOrphan(ResourceBinding attached, IReadOnlyList<DependentObjectReference> dependencies)
    {
        var resource = attached.Spec.Resource;
        return !dependencies.Any(d => d.ApiVersion == resource.ApiVersion && d.Kind == resource.Kind
            && (d.Namespace ?? "") == (resource.Namespace ?? "") && d.Name == resource.Name);
    }

    /// <summary>
    /// The clusters a binding's Works go to: its scheduled clusters, then the clusters of each
    /// requiredBy entry not already listed (with that entry's replica counts).
    /// </summary>
    public static IReadOnlyList<TargetCluster> TargetClusters(ResourceBindingSpec spec)
    {
        var result = (spec.Clusters ?? []).ToList();
        var names = result.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var cluster in (spec.RequiredBy ?? []).SelectMany(s => s.Clusters ?? []))
        {
            if (names.Add(cluster.Name))
            {
                result.Add(cluster);
            }
        }

        return result;
    }

    private static List<BindingSnapshot> MergeRequiredBy(IReadOnlyList<BindingSnapshot>? existing, IReadOnlyList<BindingSnapshot>? added)
    {
        var result = (existing ?? []).ToList();
        foreach (var snapshot in added ?? [])
        {
            var index = result.FindIndex(s => (s.Namespace ?? "") == (snapshot.Namespace ?? "") && s.Name == snapshot.Name);
            if (index >= 0)
            {
                result[index] = result[index] with { Clusters = snapshot.Clusters };
            }
            else
            {
                result.Add(snapshot);
            }
        }

        return result;
    }
}
