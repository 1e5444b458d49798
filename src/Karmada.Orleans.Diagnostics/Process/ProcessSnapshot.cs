namespace Karmada.Orleans.Diagnostics.Process;

/// <summary>What the process uses at one moment.</summary>
public sealed record ProcessSnapshot(
    DateTimeOffset At,
    DateTimeOffset StartedAt,
    double CpuSeconds,
    long ResidentBytes,
    long VirtualBytes,
    long GcHeapBytes,
    long GcAllocatedBytes,
    IReadOnlyList<int> GcCollections,
    double GcPauseSeconds,
    int Threads,
    int ThreadPoolThreads,
    long ThreadPoolQueueLength,
    long ThreadPoolCompletedItems,
    int OpenFileDescriptors,
    int ProcessorCount)
{
    public static ProcessSnapshot Take(TimeProvider time)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return new ProcessSnapshot(
            time.GetUtcNow(),
            process.StartTime.ToUniversalTime(),
            process.TotalProcessorTime.TotalSeconds,
            process.WorkingSet64,
            process.VirtualMemorySize64,
            GC.GetGCMemoryInfo().HeapSizeBytes,
            GC.GetTotalAllocatedBytes(),
            [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)],
            GC.GetTotalPauseDuration().TotalSeconds,
            process.Threads.Count,
            ThreadPool.ThreadCount,
            ThreadPool.PendingWorkItemCount,
            ThreadPool.CompletedWorkItemCount,
            OpenFiles(),
            Environment.ProcessorCount);
    }

    /// <summary>The share of all cores used between <paramref name="earlier"/> and now, 0–100.</summary>
    public double CpuPercentSince(ProcessSnapshot earlier)
    {
        var wall = (At - earlier.At).TotalSeconds;
        return wall <= 0 ? 0 : Math.Clamp(100 * (CpuSeconds - earlier.CpuSeconds) / (wall * ProcessorCount), 0, 100);
    }

    private static int OpenFiles()
    {
        try
        {
            return Directory.Exists("/proc/self/fd") ? Directory.EnumerateFileSystemEntries("/proc/self/fd").Count() : 0;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
