namespace Karmada.Orleans.Runtime;

/// <summary>Queued to end an activation after the work ahead of it.</summary>
internal sealed class DeactivationWorkItem(DeactivationReason reason) : WorkItem
{
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DeactivationReason Reason { get; } = reason;

    public Task Completed => _completed.Task;

    public override bool KeepsAlive => false;

    public override ValueTask ExecuteAsync(GrainActivation activation) => throw new InvalidOperationException("Handled by the activation pump.");

    public void Complete() => _completed.TrySetResult();

    public override void Fail(Exception exception) => _completed.TrySetResult();
}
