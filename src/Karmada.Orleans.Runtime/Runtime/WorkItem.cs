namespace Karmada.Orleans.Runtime;

/// <summary>A unit of work queued to an activation: a request, a timer tick, a stream delivery.</summary>
internal abstract class WorkItem
{
    /// <summary>May run while other work of the same activation is suspended at an await.</summary>
    public virtual bool AlwaysInterleave => false;

    /// <summary>Counts as activity for idle collection.</summary>
    public virtual bool KeepsAlive => true;

    /// <summary>Runs on the activation's scheduler; completes when the work is done.</summary>
    public abstract ValueTask ExecuteAsync(GrainActivation activation);

    /// <summary>The work will never run (activation failed or the silo stops).</summary>
    public abstract void Fail(Exception exception);
}
