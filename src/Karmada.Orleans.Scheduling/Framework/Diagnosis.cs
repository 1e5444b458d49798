namespace Karmada.Orleans.Scheduling;

/// <summary>Why each filtered-out cluster was rejected (cluster name → first failing reason).</summary>
public sealed class Diagnosis
{
    private readonly Dictionary<string, string> _reasons = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> ClusterReasons => _reasons;

    public void Record(string clusterName, string reason) => _reasons[clusterName] = reason;

    /// <summary>
    /// Karmada's FitError text: "0/N clusters are available: " then "count reason" entries sorted as
    /// strings and joined by ", ", then "."; "no cluster exists" when nothing was diagnosed.
    /// </summary>
    public string FitErrorMessage(int numAllClusters)
    {
        if (numAllClusters == 0 || _reasons.Count == 0)
        {
            return $"0/{numAllClusters} clusters are available: no cluster exists.";
        }

        var histogram = _reasons.Values
            .GroupBy(r => r, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}")
            .OrderBy(s => s, StringComparer.Ordinal);
        return $"0/{numAllClusters} clusters are available: {string.Join(", ", histogram)}.";
    }
}
