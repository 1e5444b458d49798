using Karmada.Orleans.Apis;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Store;

/// <summary>Where Karmada's objects live in the object store.</summary>
public static class KarmadaKeys
{
    public const string Clusters = "clusters.cluster.karmada.io";
    public const string Secrets = "secrets";
    public const string Namespaces = "namespaces";

    public static ResourceKey Cluster(string name) => new(Clusters, "", name);

    public static ResourceKey Namespace(string name) => new(Namespaces, "", name);

    public static ResourceKey ExecutionSpace(string cluster) => Namespace(KarmadaNames.GenerateExecutionSpaceName(cluster));
}
