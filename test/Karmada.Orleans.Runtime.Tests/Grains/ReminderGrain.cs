namespace Karmada.Orleans.Runtime.Tests.Grains;

public sealed class ReminderTicks
{
    public int Count { get; set; }
}

public sealed class ReminderGrain([PersistentState("ticks")] IPersistentState<ReminderTicks> state, ActivationLog log) : Grain, IReminderGrain
{
    public async Task StartAsync(TimeSpan period) => await RegisterOrUpdateReminder("heartbeat", period, period);

    public async Task StopAsync()
    {
        if (await GetReminder("heartbeat") is { } reminder)
        {
            await UnregisterReminder(reminder);
        }
    }

    public Task<int> GetTicksAsync() => Task.FromResult(state.State.Count);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Count++;
        await state.WriteStateAsync();
        log.Add($"reminder {reminderName} {state.State.Count}");
    }
}
