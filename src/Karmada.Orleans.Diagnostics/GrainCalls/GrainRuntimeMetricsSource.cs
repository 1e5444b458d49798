using Karmada.Orleans.Diagnostics.Prometheus;
using Karmada.Orleans.Runtime;

namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>The grain runtime's families: activations per grain type, and calls, exceptions and latency per method.</summary>
public sealed class GrainRuntimeMetricsSource(GrainRuntime runtime, GrainCallMetrics calls) : IMetricsSource
{
    public ValueTask CollectAsync(PrometheusTextWriter writer, CancellationToken cancellationToken)
    {
        Collect(writer);
        return ValueTask.CompletedTask;
    }

    public void Collect(PrometheusTextWriter writer)
    {
        writer.Family("orleans_catalog_activations", MetricType.Gauge, "Grain activations in this silo.");
        writer.Sample([], runtime.ActivationCount);

        writer.Family("orleans_grain_activations", MetricType.Gauge, "Active grain activations by grain type.");
        foreach (var (type, count) in runtime.Statistics.ActiveByType.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Sample([new Label("type", type)], count);
        }

        var methods = calls.All.Select(m => m.Snapshot()).OrderBy(m => m.GrainType, StringComparer.Ordinal).ThenBy(m => m.Method, StringComparer.Ordinal).ToList();
        if (methods.Count == 0)
        {
            return;
        }

        writer.Family("orleans_grain_calls_total", MetricType.Counter, "Grain calls received, by grain type and method.");
        foreach (var m in methods)
        {
            writer.Sample(Labels(m), m.Calls);
        }

        writer.Family("orleans_grain_call_exceptions_total", MetricType.Counter, "Grain calls that ended with an exception, by grain type and method.");
        foreach (var m in methods)
        {
            writer.Sample(Labels(m), m.Exceptions);
        }

        writer.Family("orleans_grain_call_duration_seconds", MetricType.Histogram, "Time from the start of a grain call's turn to its completion, by grain type and method.");
        foreach (var m in methods)
        {
            writer.Histogram(Labels(m), m.Latency);
        }
    }

    private static Label[] Labels(GrainMethodSnapshot m) => [new("type", m.GrainType), new("method", m.Method)];
}
