using System.Text.Json.Nodes;

namespace Karmada.Orleans.Storage.Sql;

internal enum WriteKind
{
    Create,
    Update,
    Delete,
}

/// <summary>One queued write waiting for its batch to commit.</summary>
internal sealed class WriteOperation(WriteKind kind, ResourceKey key, JsonObject? obj, DeletePreconditions? preconditions)
{
    private readonly TaskCompletionSource<WriteResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WriteKind Kind => kind;

    public ResourceKey Key => key;

    public JsonObject? Object => obj;

    public DeletePreconditions? Preconditions => preconditions;

    public Task<WriteResult> Completion => _completion.Task;

    /// <summary>Set while the batch runs; completed only after commit.</summary>
    public WriteResult? Result { get; set; }

    public Exception? Error { get; set; }

    public void Complete()
    {
        if (Error is not null)
        {
            _completion.TrySetException(Error);
        }
        else
        {
            _completion.TrySetResult(Result!);
        }
    }

    public void Fail(Exception exception) => _completion.TrySetException(exception);
}

internal sealed record WriteResult(StoredObject Object, bool Deleted);
