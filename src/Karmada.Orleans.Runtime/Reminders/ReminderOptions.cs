namespace Karmada.Orleans;

public sealed class ReminderOptions
{
    /// <summary>Shortest allowed reminder period. Reminders are for coarse, durable schedules; use timers for fast ones.</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
