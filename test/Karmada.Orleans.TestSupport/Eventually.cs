namespace Karmada.Orleans.TestSupport;

/// <summary>Waits for a condition with a deadline, polling; the way tests wait for asynchronous outcomes.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, string? because = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        var delay = TimeSpan.FromMilliseconds(5);
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not met within {timeout ?? TimeSpan.FromSeconds(20)}{(because is null ? "" : ": " + because)}");
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 200));
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan? timeout = null, string? because = null) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout, because);

    /// <summary>Waits until the probe returns a value, and returns it.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null, string? because = null)
        where T : class
    {
        T? value = null;
        await HoldsAsync(async () => (value = await probe()) is not null, timeout, because);
        return value!;
    }
}
