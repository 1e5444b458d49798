using System.Collections.Concurrent;

namespace Karmada.Orleans.Reminders;

/// <summary>Reminders in process memory, for unit tests and in-process test clusters only.</summary>
public sealed class MemoryReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<(GrainId, string), ReminderEntry> _entries = new();

    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReminderEntry>>(_entries.Values.ToArray());

    public Task UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        _entries[(entry.GrainId, entry.ReminderName)] = entry;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.TryRemove((grainId, reminderName), out _));
}
