using Karmada.Orleans.Diagnostics.Prometheus;

namespace Karmada.Orleans.Diagnostics.Process;

/// <summary>The process_* and dotnet_* families the Prometheus client libraries export.</summary>
public sealed class ProcessMetricsSource(TimeProvider time) : IMetricsSource
{
    public ValueTask CollectAsync(PrometheusTextWriter writer, CancellationToken cancellationToken)
    {
        Collect(writer);
        return ValueTask.CompletedTask;
    }

    public void Collect(PrometheusTextWriter writer)
    {
        var p = ProcessSnapshot.Take(time);
        Single(writer, "process_cpu_seconds_total", MetricType.Counter, "Total user and system CPU time spent in seconds.", p.CpuSeconds);
        Single(writer, "process_resident_memory_bytes", MetricType.Gauge, "Resident memory size in bytes.", p.ResidentBytes);
        Single(writer, "process_virtual_memory_bytes", MetricType.Gauge, "Virtual memory size in bytes.", p.VirtualBytes);
        Single(writer, "process_start_time_seconds", MetricType.Gauge, "Start time of the process since unix epoch in seconds.", p.StartedAt.ToUnixTimeMilliseconds() / 1000.0);
        Single(writer, "process_open_fds", MetricType.Gauge, "Number of open file descriptors.", p.OpenFileDescriptors);
        Single(writer, "process_threads", MetricType.Gauge, "Number of OS threads in the process.", p.Threads);
        writer.Family("dotnet_gc_collections_total", MetricType.Counter, "Garbage collections since the process started, by generation.");
        for (var generation = 0; generation < p.GcCollections.Count; generation++)
        {
            writer.Sample([new Label("generation", $"gen{generation}")], p.GcCollections[generation]);
        }

        Single(writer, "dotnet_gc_heap_size_bytes", MetricType.Gauge, "Managed heap size after the last garbage collection.", p.GcHeapBytes);
        Single(writer, "dotnet_gc_allocated_bytes_total", MetricType.Counter, "Bytes allocated on the managed heap since the process started.", p.GcAllocatedBytes);
        Single(writer, "dotnet_gc_pause_seconds_total", MetricType.Counter, "Time the runtime was paused for garbage collection.", p.GcPauseSeconds);
        Single(writer, "dotnet_jit_compiled_methods_total", MetricType.Counter, "Methods the JIT compiled since the process started, including recompilations at a higher tier.", System.Runtime.JitInfo.GetCompiledMethodCount());
        Single(writer, "dotnet_jit_compilation_seconds_total", MetricType.Counter, "Time spent compiling methods.", System.Runtime.JitInfo.GetCompilationTime().TotalSeconds);
        Single(writer, "dotnet_threadpool_threads", MetricType.Gauge, "Thread pool threads.", p.ThreadPoolThreads);
        Single(writer, "dotnet_threadpool_queue_length", MetricType.Gauge, "Work items queued to the thread pool.", p.ThreadPoolQueueLength);
        Single(writer, "dotnet_threadpool_completed_items_total", MetricType.Counter, "Work items the thread pool completed.", p.ThreadPoolCompletedItems);
    }

    private static void Single(PrometheusTextWriter writer, string name, MetricType type, string help, double value)
    {
        writer.Family(name, type, help);
        writer.Sample([], value);
    }
}
