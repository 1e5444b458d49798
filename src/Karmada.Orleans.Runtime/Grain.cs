using Karmada.Orleans.Runtime;
using Karmada.Orleans.Streams;

namespace Karmada.Orleans;

/// <summary>
/// Base class of grain implementations. An activation runs one turn at a time; state, timers and
/// reminders are reached through the members below, as in Orleans.
/// </summary>
public abstract class Grain
{
    private readonly GrainActivation _activation;

    protected Grain()
    {
        _activation = GrainActivation.Constructing
            ?? throw new InvalidOperationException("Grains are created by the runtime; use IGrainFactory.GetGrain to get a reference.");
    }

    internal GrainActivation Activation => _activation;

    public GrainId GrainId => _activation.GrainId;

    protected IGrainFactory GrainFactory => _activation.Runtime;

    protected IServiceProvider ServiceProvider => _activation.Runtime.Services;

    public string GetPrimaryKeyString() => _activation.GrainId.Key;

    /// <summary>Called once when the activation starts, after persistent state was read.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once before the activation goes away: persist here what must survive.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current turn completes.</summary>
    protected void DeactivateOnIdle() => _activation.RequestDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));

    /// <summary>Keeps the activation from idle collection for at least this long.</summary>
    protected void DelayDeactivation(TimeSpan timeSpan) => _activation.DelayDeactivation(timeSpan);

    /// <summary>A reference to this grain through one of its interfaces.</summary>
    protected TGrainInterface AsReference<TGrainInterface>()
        where TGrainInterface : IGrainWithStringKey =>
        _activation.Runtime.GetGrain<TGrainInterface>(_activation.GrainId);

    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options) =>
        _activation.RegisterTimer(callback, state, options);

    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        _activation.RegisterTimer(static (cb, ct) => cb(ct), callback, new GrainTimerCreationOptions(dueTime, period));

    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        _activation.Runtime.Reminders.RegisterOrUpdateAsync(_activation.GrainId, _activation.ClassInfo, reminderName, dueTime, period);

    protected Task UnregisterReminder(IGrainReminder reminder) =>
        _activation.Runtime.Reminders.UnregisterAsync(_activation.GrainId, reminder.ReminderName);

    protected Task<IGrainReminder?> GetReminder(string reminderName) =>
        _activation.Runtime.Reminders.GetAsync(_activation.GrainId, reminderName);

    protected Task<IReadOnlyList<IGrainReminder>> GetReminders() =>
        _activation.Runtime.Reminders.GetAllAsync(_activation.GrainId);

    protected IStreamProvider GetStreamProvider(string name) => _activation.Runtime.GetStreamProvider(name);
}
