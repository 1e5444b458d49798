using System.Collections.Concurrent;

namespace Karmada.Orleans.Runtime.Tests.Grains;

/// <summary>Named one-shot signals between a test and its grains.</summary>
public sealed class SignalBoard
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();

    public void Signal(string name) => Get(name).TrySetResult();

    public Task WaitAsync(string name) => Get(name).Task.WaitAsync(TimeSpan.FromSeconds(10));

    private TaskCompletionSource Get(string name) =>
        _signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
