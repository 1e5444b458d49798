namespace Karmada.Orleans.Runtime;

/// <summary>
/// Runs the tasks of one activation one at a time on the thread pool. Grain code runs under this
/// scheduler, so every await in it resumes here: that is what makes a turn single-threaded.
/// </summary>
internal sealed class ActivationTaskScheduler(GrainActivation activation) : TaskScheduler, IThreadPoolWorkItem
{
    private const int MaxTasksPerQuantum = 64;

    [ThreadStatic]
    private static ActivationTaskScheduler? _runningOnThisThread;

    private readonly object _lock = new();
    private readonly Queue<Task> _tasks = new();
    private bool _scheduled;

    public GrainActivation Activation { get; } = activation;

    /// <summary>The scheduler executing on this thread, if any (the current activation).</summary>
    public static ActivationTaskScheduler? Running => _runningOnThisThread;

    protected override void QueueTask(Task task)
    {
        lock (_lock)
        {
            _tasks.Enqueue(task);
            if (_scheduled)
            {
                return;
            }

            _scheduled = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    void IThreadPoolWorkItem.Execute()
    {
        var previous = _runningOnThisThread;
        _runningOnThisThread = this;
        try
        {
            for (var executed = 0; ; executed++)
            {
                Task task;
                lock (_lock)
                {
                    if (_tasks.Count == 0)
                    {
                        _scheduled = false;
                        return;
                    }

                    if (executed == MaxTasksPerQuantum)
                    {
                        // Yield the thread so one busy activation cannot starve the others; stay scheduled.
                        break;
                    }

                    task = _tasks.Dequeue();
                }

                TryExecuteTask(task);
            }
        }
        finally
        {
            _runningOnThisThread = previous;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _runningOnThisThread == this && !taskWasPreviouslyQueued && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_lock)
        {
            return _tasks.ToArray();
        }
    }

    public override int MaximumConcurrencyLevel => 1;
}
