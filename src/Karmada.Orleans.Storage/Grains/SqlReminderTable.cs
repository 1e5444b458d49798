using Karmada.Orleans.Storage.Sql;

namespace Karmada.Orleans.Storage.Grains;

/// <summary>Durable reminders in the control plane's database.</summary>
public sealed class SqlReminderTable(SqlDialect dialect) : IReminderTable
{
    public async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT grain_id, reminder_name, start_at_ms, period_ms FROM grain_reminders");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ReminderEntry(
                GrainId.Parse(reader.GetString(0)),
                reader.GetString(1),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                TimeSpan.FromMilliseconds(reader.GetInt64(3))));
        }

        return entries;
    }

    public async Task UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "INSERT INTO grain_reminders (grain_id, reminder_name, start_at_ms, period_ms) VALUES (@g, @n, @s, @p) "
            + "ON CONFLICT (grain_id, reminder_name) DO UPDATE SET start_at_ms = excluded.start_at_ms, period_ms = excluded.period_ms")
            .With("@g", entry.GrainId.ToString()).With("@n", entry.ReminderName)
            .With("@s", entry.StartAt.ToUnixTimeMilliseconds()).With("@p", (long)entry.Period.TotalMilliseconds);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM grain_reminders WHERE grain_id = @g AND reminder_name = @n")
            .With("@g", grainId.ToString()).With("@n", reminderName);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
