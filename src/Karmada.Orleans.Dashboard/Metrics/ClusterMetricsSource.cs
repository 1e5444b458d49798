using Karmada.Orleans.Dashboard.Karmada;
using Karmada.Orleans.Diagnostics.Prometheus;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Dashboard.Metrics;

/// <summary>Karmada's cluster metrics (pkg/metrics/cluster.go names), read from the Cluster objects at scrape time.</summary>
public sealed class ClusterMetricsSource(IObjectStore store) : IMetricsSource
{
    public async ValueTask CollectAsync(PrometheusTextWriter writer, CancellationToken cancellationToken)
    {
        var rows = (await ClusterRows.ListAsync(store, cancellationToken)).Select(c => c.Row).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        Gauge(writer, rows, "cluster_ready_state", "State of the cluster (1 if ready, 0 otherwise).", r => r.Ready == "True" ? 1 : 0);
        Gauge(writer, rows, "cluster_node_number", "Number of nodes in the cluster.", r => r.NodesTotal);
        Gauge(writer, rows, "cluster_ready_node_number", "Number of ready nodes in the cluster.", r => r.NodesReady);
        Gauge(writer, rows, "cluster_cpu_allocatable_number", "Number of allocatable CPU in the cluster.", r => r.Cpu.Allocatable);
        Gauge(writer, rows, "cluster_cpu_allocated_number", "Number of allocated CPU in the cluster.", r => r.Cpu.Allocated);
        Gauge(writer, rows, "cluster_memory_allocatable_bytes", "Allocatable cluster memory resource in bytes.", r => r.Memory.Allocatable);
        Gauge(writer, rows, "cluster_memory_allocated_bytes", "Allocated cluster memory resource in bytes.", r => r.Memory.Allocated);
        Gauge(writer, rows, "cluster_pod_allocatable_number", "Number of allocatable pods in the cluster.", r => r.Pods.Allocatable);
        Gauge(writer, rows, "cluster_pod_allocated_number", "Number of allocated pods in the cluster.", r => r.Pods.Allocated);
    }

    private static void Gauge(PrometheusTextWriter writer, IReadOnlyList<ClusterRow> rows, string name, string help, Func<ClusterRow, double?> value)
    {
        writer.Family(name, MetricType.Gauge, help);
        foreach (var row in rows)
        {
            if (value(row) is { } v)
            {
                writer.Sample([new Label("member_cluster", row.Name)], v);
            }
        }
    }
}
