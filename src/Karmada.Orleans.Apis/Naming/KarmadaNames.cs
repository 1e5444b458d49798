namespace Karmada.Orleans.Apis;

/// <summary>Karmada's naming rules (pkg/util/names).</summary>
public static class KarmadaNames
{
    public const string ExecutionSpacePrefix = "karmada-es-";
    public const string KarmadaSystemNamespace = "karmada-system";
    public const string KarmadaClusterNamespace = "karmada-cluster";

    /// <summary>
    /// The (Cluster)ResourceBinding name of a template: lower("&lt;name&gt;-&lt;kind&gt;"), with ':' (allowed in
    /// RBAC names, not in CRD names) replaced by '.'.
    /// </summary>
    public static string GenerateBindingName(string kind, string name)
        => (name.Replace(':', '.') + "-" + kind).ToLowerInvariant();

    /// <summary>The execution namespace that holds the Works of a cluster: "karmada-es-&lt;cluster&gt;".</summary>
    public static string GenerateExecutionSpaceName(string clusterName) => ExecutionSpacePrefix + clusterName;

    /// <summary>The cluster of an execution namespace, or null when it is not one.</summary>
    public static string? GetClusterName(string executionSpaceName)
        => executionSpaceName.StartsWith(ExecutionSpacePrefix, StringComparison.Ordinal) && executionSpaceName.Length > ExecutionSpacePrefix.Length
            ? executionSpaceName[ExecutionSpacePrefix.Length..]
            : null;

    public static bool IsExecutionSpace(string namespaceName) => GetClusterName(namespaceName) is not null;
}
