using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Bench.Propagation;

/// <summary>The silo's committed store writes by resource (karmada_store_writes_total).</summary>
public static class StoreWrites
{
    public static Dictionary<string, double> From(PrometheusText.Scrape metrics)
    {
        var byResource = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var sample in metrics.Samples("karmada_store_writes_total").Where(s => s.Label("result") == "ok"))
        {
            var resource = sample.Label("resource");
            byResource[resource] = byResource.GetValueOrDefault(resource) + sample.Value;
        }

        return byResource;
    }

    /// <summary>Writes between two readings, largest first: "works 31000, events 25000, ...".</summary>
    public static (double Total, string Detail) Delta(Dictionary<string, double> before, Dictionary<string, double> after)
    {
        var delta = after.Select(kv => (Resource: kv.Key, Count: kv.Value - before.GetValueOrDefault(kv.Key))).Where(d => d.Count > 0).OrderByDescending(d => d.Count).ToList();
        return (delta.Sum(d => d.Count), string.Join(", ", delta.Take(6).Select(d => $"{d.Resource.Split('.')[0]} {d.Count:N0}")));
    }
}
