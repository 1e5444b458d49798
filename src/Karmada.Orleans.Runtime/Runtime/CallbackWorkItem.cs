namespace Karmada.Orleans.Runtime;

/// <summary>Runs a callback as a turn of an activation (stream deliveries, runtime housekeeping).</summary>
internal sealed class CallbackWorkItem(Func<GrainActivation, object?, Task> callback, object? state, bool interleave = false) : WorkItem
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Completion => _completion.Task;

    public override bool AlwaysInterleave => interleave;

    public override ValueTask ExecuteAsync(GrainActivation activation)
    {
        Task task;
        try
        {
            task = callback(activation, state);
        }
        catch (Exception ex)
        {
            _completion.TrySetException(ex);
            return default;
        }

        if (task.IsCompletedSuccessfully)
        {
            _completion.TrySetResult();
            return default;
        }

        return AwaitAsync(task);
    }

    private async ValueTask AwaitAsync(Task task)
    {
        try
        {
            await task;
            _completion.TrySetResult();
        }
        catch (Exception ex)
        {
            _completion.TrySetException(ex);
        }
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
