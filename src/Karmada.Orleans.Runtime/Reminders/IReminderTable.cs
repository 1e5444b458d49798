namespace Karmada.Orleans;

/// <summary>Durable storage of reminders; reminders survive silo restarts because they live here.</summary>
public interface IReminderTable
{
    Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default);

    Task UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default);

    Task<bool> RemoveAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken = default);
}
