using System.Collections.Concurrent;
using Karmada.Orleans.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Karmada.Orleans.Reminders;

/// <summary>
/// Fires durable reminders: loads the reminder table when the silo starts, keeps one timer per
/// reminder, and calls <see cref="IRemindable.ReceiveReminder"/> on the grain (activating it).
/// </summary>
public sealed partial class ReminderService(
    IReminderTable table,
    IServiceProvider services,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderService> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(GrainId, string), ScheduledReminder> _scheduled = new();
    private volatile bool _stopped;

    private TimeProvider Time => time;

    private ILogger Logger => logger;

    private GrainRuntime Runtime => (GrainRuntime)services.GetService(typeof(GrainRuntime))!;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A tick due exactly now may have fired in the previous silo; resume strictly after now.
        var resumeAfter = time.GetUtcNow() + TimeSpan.FromTicks(1);
        foreach (var entry in await table.ReadAllAsync(cancellationToken))
        {
            Schedule(entry, resumeAfter);
        }
    }

    public Task StopAsync()
    {
        _stopped = true;
        foreach (var scheduled in _scheduled.Values)
        {
            scheduled.Dispose();
        }

        _scheduled.Clear();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    internal async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, GrainClassInfo classInfo, string name, TimeSpan dueTime, TimeSpan period)
    {
        if (!typeof(IRemindable).IsAssignableFrom(classInfo.ClassType))
        {
            throw new InvalidOperationException($"Grain class {classInfo.ClassType.FullName} must implement IRemindable to register reminders.");
        }

        if (period < options.Value.MinimumReminderPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"Reminder periods must be at least {options.Value.MinimumReminderPeriod}.");
        }

        var entry = new ReminderEntry(grainId, name, time.GetUtcNow() + dueTime, period);
        await table.UpsertAsync(entry);
        Schedule(entry);
        return entry;
    }

    internal async Task UnregisterAsync(GrainId grainId, string name)
    {
        if (_scheduled.TryRemove((grainId, name), out var scheduled))
        {
            scheduled.Dispose();
        }

        await table.RemoveAsync(grainId, name);
    }

    internal Task<IGrainReminder?> GetAsync(GrainId grainId, string name) =>
        Task.FromResult<IGrainReminder?>(_scheduled.TryGetValue((grainId, name), out var s) ? s.Entry : null);

    internal Task<IReadOnlyList<IGrainReminder>> GetAllAsync(GrainId grainId) =>
        Task.FromResult<IReadOnlyList<IGrainReminder>>(_scheduled.Values.Where(s => s.Entry.GrainId == grainId).Select(s => (IGrainReminder)s.Entry).ToArray());

    private void Schedule(ReminderEntry entry, DateTimeOffset? notBefore = null)
    {
        if (_stopped)
        {
            return;
        }

        var scheduled = new ScheduledReminder(this, entry);
        _scheduled.AddOrUpdate((entry.GrainId, entry.ReminderName), scheduled, (_, old) =>
        {
            old.Dispose();
            return scheduled;
        });
        scheduled.ScheduleNext(notBefore);
    }

    /// <summary>The first tick at or after now: missed ticks while the silo was down are not replayed.</summary>
    internal static DateTimeOffset NextTick(ReminderEntry entry, DateTimeOffset now)
    {
        if (now <= entry.StartAt)
        {
            return entry.StartAt;
        }

        var periods = Math.Ceiling((now - entry.StartAt).Ticks / (double)entry.Period.Ticks);
        return entry.StartAt + TimeSpan.FromTicks((long)periods * entry.Period.Ticks);
    }

    private sealed class ScheduledReminder(ReminderService service, ReminderEntry entry) : IDisposable
    {
        private ITimer? _timer;
        private bool _disposed;

        public ReminderEntry Entry => entry;

        public void ScheduleNext(DateTimeOffset? notBefore = null)
        {
            var now = service.Time.GetUtcNow();
            var from = notBefore is { } nb && nb > now ? nb : now;
            var due = NextTick(entry, from) - now;
            lock (this)
            {
                if (_disposed)
                {
                    return;
                }

                _timer ??= service.Time.CreateTimer(static s => ((ScheduledReminder)s!).Fire(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _timer.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
            }
        }

        private async void Fire()
        {
            var now = service.Time.GetUtcNow();
            try
            {
                var grain = service.Runtime.GetGrain<IRemindable>(entry.GrainId);
                await grain.ReceiveReminder(entry.ReminderName, new TickStatus(entry.StartAt, entry.Period, now));
            }
            catch (Exception ex)
            {
                LogReminderFailed(service.Logger, entry.ReminderName, entry.GrainId, ex);
            }

            // The next tick comes strictly after this one, however fast the callback was.
            ScheduleNext(now + TimeSpan.FromTicks(1));
        }

        public void Dispose()
        {
            lock (this)
            {
                _disposed = true;
                _timer?.Dispose();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderName} of {GrainId} failed")]
    private static partial void LogReminderFailed(ILogger logger, string reminderName, GrainId grainId, Exception exception);
}
