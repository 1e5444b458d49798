using System.Diagnostics;

namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>
/// Times every incoming grain call and counts its exceptions. Calls that complete synchronously
/// (most of them) add no state machine; only pending ones are awaited here.
/// </summary>
public sealed class GrainCallMetricsFilter(GrainCallMetrics metrics) : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        var started = Stopwatch.GetTimestamp();
        Task call;
        try
        {
            call = context.Invoke();
        }
        catch
        {
            metrics.Record(context.TargetId, context.InterfaceMethod, Stopwatch.GetTimestamp() - started, failed: true);
            throw;
        }

        if (call.IsCompleted)
        {
            metrics.Record(context.TargetId, context.InterfaceMethod, Stopwatch.GetTimestamp() - started, !call.IsCompletedSuccessfully);
            return call;
        }

        return AwaitAsync(call, context, started);
    }

    private async Task AwaitAsync(Task call, IIncomingGrainCallContext context, long started)
    {
        try
        {
            await call;
        }
        catch
        {
            metrics.Record(context.TargetId, context.InterfaceMethod, Stopwatch.GetTimestamp() - started, failed: true);
            throw;
        }

        metrics.Record(context.TargetId, context.InterfaceMethod, Stopwatch.GetTimestamp() - started, failed: false);
    }
}
