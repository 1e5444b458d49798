namespace Karmada.Orleans.ApiServer;

public sealed class ApiServerOptions
{
    /// <summary>Largest request body accepted (kube-apiserver's default is 3 MiB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 3 * 1024 * 1024;

    /// <summary>host:port clients reach the API at (for /api's serverAddressByClientCIDRs).</summary>
    public string ServerAddress { get; set; } = "127.0.0.1:6443";

    /// <summary>Bookmarks sent to idle watches that ask for them.</summary>
    public TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest a watch stays open when the client gives no timeoutSeconds.</summary>
    public TimeSpan MaxWatchDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Resources whose objects carry no metadata.generation (must match the store).</summary>
    public ISet<string> ResourcesWithoutGeneration { get; set; } = new Storage.ObjectStoreOptions().ResourcesWithoutGeneration;

    /// <summary>Namespaces that always exist.</summary>
    public IReadOnlyList<string> SystemNamespaces { get; set; } = ["default", "kube-system", "kube-public", "kube-node-lease"];
}
