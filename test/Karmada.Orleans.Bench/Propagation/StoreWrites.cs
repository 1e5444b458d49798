using System.Globalization;
using System.Text.RegularExpressions;
using Karmada.Orleans.Members;

namespace Karmada.Orleans.Bench.Propagation;

/// <summary>The silo's committed store writes by resource, read from its /metrics (karmada_store_writes_total).</summary>
public static partial class StoreWrites
{
    public static async Task<Dictionary<string, double>> ReadAsync(KubernetesClusterClient karmada)
    {
        var text = await karmada.Rest.GetStringAsync("/metrics", CancellationToken.None);
        var byResource = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match match in WriteLine().Matches(text))
        {
            if (match.Groups["result"].Value != "ok")
            {
                continue;
            }

            var resource = match.Groups["resource"].Value;
            byResource[resource] = byResource.GetValueOrDefault(resource) + double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        }

        return byResource;
    }

    /// <summary>Writes between two readings, largest first: "works 31000, events 25000, ...".</summary>
    public static (double Total, string Detail) Delta(Dictionary<string, double> before, Dictionary<string, double> after)
    {
        var delta = after.Select(kv => (Resource: kv.Key, Count: kv.Value - before.GetValueOrDefault(kv.Key))).Where(d => d.Count > 0).OrderByDescending(d => d.Count).ToList();
        return (delta.Sum(d => d.Count), string.Join(", ", delta.Take(6).Select(d => $"{d.Resource.Split('.')[0]} {d.Count:N0}")));
    }

    [GeneratedRegex("""^karmada_store_writes_total\{(?=[^}]*resource="(?<resource>[^"]*)")(?=[^}]*result="(?<result>[^"]*)")[^}]*\} (?<value>[0-9.e+]+)$""", RegexOptions.Multiline)]
    private static partial Regex WriteLine();
}
