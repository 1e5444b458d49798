namespace Karmada.Orleans.Members.Tests.Infrastructure;

/// <summary>Waits for a condition with a deadline (never a bare sleep as synchronisation).</summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var pause = TimeSpan.FromMilliseconds(20);
        Exception? last = null;
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (Exception e)
            {
                last = e;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out waiting for {what}" + (last is null ? "" : $"; last error: {last.Message}"), last);
            }

            await Task.Delay(pause);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 500));
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeout);

    /// <summary>A token that cancels at the deadline, for reading streams of events.</summary>
    public static CancellationToken Deadline(TimeSpan? timeout = null) => new CancellationTokenSource(timeout ?? DefaultTimeout).Token;
}
