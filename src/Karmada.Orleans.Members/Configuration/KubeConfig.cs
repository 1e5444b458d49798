namespace Karmada.Orleans.Members.Configuration;

/// <summary>A parsed kubeconfig (clientcmd v1 Config). Relative file paths in it resolve against <see cref="BaseDirectory"/>.</summary>
public sealed record KubeConfig
{
    public string? CurrentContext { get; init; }
    public IReadOnlyList<KubeConfigCluster> Clusters { get; init; } = [];
    public IReadOnlyList<KubeConfigUser> Users { get; init; } = [];
    public IReadOnlyList<KubeConfigContext> Contexts { get; init; } = [];

    /// <summary>Where the kubeconfig came from, for error messages: a file path or "&lt;string&gt;".</summary>
    public string Source { get; init; } = "<string>";

    /// <summary>Directory against which relative certificate, key and token file paths resolve.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Builds the connection settings of a context: <paramref name="context"/> overrides current-context (kubectl's --context).</summary>
    public RestConfig ToRestConfig(string? context = null) => RestConfigBuilder.Build(this, context);
}
