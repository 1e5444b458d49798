namespace Karmada.Orleans.Runtime.Tests.Grains;

public sealed class TimerGrain(ActivationLog log) : Grain, ITimerGrain
{
    private IGrainTimer? _timer;
    private int _ticks;
    private bool _inTurn;

    public Task StartAsync(TimeSpan period)
    {
        _timer = RegisterGrainTimer(
            async (grain, ct) =>
            {
                // A tick is a turn: it never overlaps a request.
                if (grain._inTurn)
                {
                    log.Add("overlap");
                }

                grain._inTurn = true;
                await Task.Yield();
                grain._ticks++;
                grain._inTurn = false;
                log.Add($"tick {grain._ticks}");
            },
            this,
            new GrainTimerCreationOptions(period, period));
        return Task.CompletedTask;
    }

    public async Task<int> GetTicksAsync()
    {
        _inTurn = true;
        await Task.Yield();
        _inTurn = false;
        return _ticks;
    }

    public Task StopAsync()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }
}
