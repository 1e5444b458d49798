using System.Collections.Concurrent;

namespace Karmada.Orleans.Runtime.Tests.Grains;

/// <summary>What test grains did, observable by the test with a deadline instead of a sleep.</summary>
public sealed class ActivationLog
{
    private readonly ConcurrentQueue<string> _entries = new();
    private readonly object _lock = new();
    private readonly List<(Func<IReadOnlyCollection<string>, bool> Condition, TaskCompletionSource Done)> _waiters = [];

    public IReadOnlyCollection<string> Entries => _entries.ToArray();

    public void Add(string entry)
    {
        _entries.Enqueue(entry);
        lock (_lock)
        {
            var snapshot = _entries.ToArray();
            foreach (var waiter in _waiters.Where(w => w.Condition(snapshot)).ToArray())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public Task WaitForAsync(Func<IReadOnlyCollection<string>, bool> condition, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (condition(_entries.ToArray()))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((condition, done));
        }

        return done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }
}
