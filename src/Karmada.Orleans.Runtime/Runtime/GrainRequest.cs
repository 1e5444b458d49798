using Karmada.Orleans.Filters;

namespace Karmada.Orleans.Runtime;

/// <summary>A call to a grain method, queued to the target activation; its Task is what the caller awaits.</summary>
internal sealed class GrainRequest<TResult>(GrainMethodInvoker<TResult> invoker, object?[] arguments) : WorkItem
{
    // Continuations run asynchronously so a caller never resumes inside the callee's turn.
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<TResult> Task => _completion.Task;

    public override bool AlwaysInterleave => invoker.AlwaysInterleave;

    public override ValueTask ExecuteAsync(GrainActivation activation)
    {
        ValueTask<TResult> pending;
        try
        {
            pending = activation.Runtime.HasCallFilters || activation.Instance is IIncomingGrainCallFilter
                ? GrainCallContext<TResult>.InvokeAsync(activation, invoker, arguments)
                : invoker.Call(activation.Instance!, arguments);
        }
        catch (Exception ex)
        {
            OnFailed(activation, ex);
            return default;
        }

        if (pending.IsCompletedSuccessfully)
        {
            _completion.TrySetResult(pending.Result);
            return default;
        }

        return AwaitAsync(pending, activation);
    }

    private async ValueTask AwaitAsync(ValueTask<TResult> pending, GrainActivation activation)
    {
        try
        {
            _completion.TrySetResult(await pending);
        }
        catch (Exception ex)
        {
            OnFailed(activation, ex);
        }
    }

    private void OnFailed(GrainActivation activation, Exception exception)
    {
        if (exception is InconsistentStateException)
        {
            // The activation's view of its state is stale: start over from storage, as Orleans does.
            activation.RequestDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationError, exception.Message));
        }

        _completion.TrySetException(exception);
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
