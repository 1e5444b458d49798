using System.Diagnostics;
using System.Numerics;
using Karmada.Orleans.Diagnostics.Metrics;

namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>
/// Calls, exceptions and a latency histogram of one grain method, recorded on the hot path of every
/// call: counters are striped by processor (padded apart) so cores do not fight over cache lines, and
/// latencies stay in Stopwatch ticks until a snapshot converts them.
/// </summary>
public sealed class GrainMethodStats
{
    private const int LineLongs = 8;
    private static readonly int Stripes = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(Environment.ProcessorCount, 1, 32));
    private static readonly double[] Bounds = HistogramBounds.GrainCall;
    private static readonly long[] TickBounds = Bounds.Select(b => (long)Math.Round(b * Stopwatch.Frequency)).ToArray();

    // Per stripe: one count per bucket (+Inf last), the tick sum, the failure count; rounded up to whole cache lines.
    private static readonly int SumIndex = Bounds.Length + 1;
    private static readonly int FailureIndex = SumIndex + 1;
    private static readonly int Width = ((FailureIndex + LineLongs) / LineLongs) * LineLongs;

    private readonly long[] _cells = new long[LineLongs + (Stripes * Width)];

    public GrainMethodStats(string grainType, string method)
    {
        GrainType = grainType;
        Method = method;
    }

    public string GrainType { get; }

    public string Method { get; }

    public void Record(long elapsedTicks, bool failed)
    {
        var offset = LineLongs + ((Thread.GetCurrentProcessorId() & (Stripes - 1)) * Width);
        var bucket = 0;
        var bounds = TickBounds;
        while (bucket < bounds.Length && elapsedTicks > bounds[bucket])
        {
            bucket++;
        }

        Interlocked.Increment(ref _cells[offset + bucket]);
        Interlocked.Add(ref _cells[offset + SumIndex], elapsedTicks);
        if (failed)
        {
            Interlocked.Increment(ref _cells[offset + FailureIndex]);
        }
    }

    public GrainMethodSnapshot Snapshot()
    {
        var counts = new long[Bounds.Length + 1];
        long sumTicks = 0, failures = 0;
        for (var stripe = 0; stripe < Stripes; stripe++)
        {
            var offset = LineLongs + (stripe * Width);
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] += Volatile.Read(ref _cells[offset + i]);
            }

            sumTicks += Volatile.Read(ref _cells[offset + SumIndex]);
            failures += Volatile.Read(ref _cells[offset + FailureIndex]);
        }

        var latency = new HistogramSnapshot(Bounds, counts, (double)sumTicks / Stopwatch.Frequency);
        return new GrainMethodSnapshot(GrainType, Method, latency.Count, failures, latency);
    }
}
