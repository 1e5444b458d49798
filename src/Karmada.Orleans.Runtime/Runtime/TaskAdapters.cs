namespace Karmada.Orleans.Runtime;

/// <summary>Turns the four grain return shapes into ValueTask{T} without extra allocations when already complete.</summary>
internal static class TaskAdapters
{
    public static ValueTask<VoidResult> FromTask(Task task) =>
        task.IsCompletedSuccessfully ? default : AwaitTask(task);

    public static ValueTask<VoidResult> FromValueTask(ValueTask task) =>
        task.IsCompletedSuccessfully ? default : AwaitValueTask(task);

    public static ValueTask<T> FromTaskOfT<T>(Task<T> task) => new(task);

    private static async ValueTask<VoidResult> AwaitTask(Task task)
    {
        await task;
        return default;
    }

    private static async ValueTask<VoidResult> AwaitValueTask(ValueTask task)
    {
        await task;
        return default;
    }
}
